import StatusPage from '~/components/status_page'

export default function Forbidden() {
  return <StatusPage titleKey="errors.forbidden_title" bodyKey="errors.forbidden_body" />
}
