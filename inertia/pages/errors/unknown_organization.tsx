import StatusPage from '~/components/status_page'

export default function UnknownOrganization({ host }: { host: string }) {
  return (
    <StatusPage titleKey="errors.unknown_organization_title" bodyKey="errors.unknown_organization_body" values={{ host }} />
  )
}
