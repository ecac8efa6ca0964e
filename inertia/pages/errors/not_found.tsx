import StatusPage from '~/components/status_page'

export default function NotFound() {
  return <StatusPage titleKey="errors.not_found_title" bodyKey="errors.not_found_body" />
}
