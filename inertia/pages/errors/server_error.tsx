import StatusPage from '~/components/status_page'

export default function ServerError() {
  return <StatusPage titleKey="errors.server_error_title" bodyKey="errors.server_error_body" />
}
