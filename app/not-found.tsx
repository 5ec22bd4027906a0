import { StatusPage } from './status-page';

export default function NotFound() {
  return <StatusPage status="notFound" />;
}
