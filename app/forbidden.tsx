import { StatusPage } from './status-page';

export default function Forbidden() {
  return <StatusPage status="forbidden" />;
}
