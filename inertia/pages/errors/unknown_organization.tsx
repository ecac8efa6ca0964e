import StatusPage from '~/components/status_page'

/* The start page of this host would be this page again: link to the platform instead */
export default function UnknownOrganization({ host, platformUrl }: { host: string; platformUrl: string }) {
  return (
    <StatusPage titleKey="errors.unknown_organization_title" bodyKey="errors.unknown_organization_body" values={{ host }} homeHref={platformUrl} />
  )
}
