import { useNavigate } from 'react-router';
import { SignInPrompt } from '../features/connection';

/** What a view shows before any connection exists. */
export function ConnectPrompt() {
  const navigate = useNavigate();
  return <SignInPrompt onOpenSettings={() => navigate('/settings')} />;
}
