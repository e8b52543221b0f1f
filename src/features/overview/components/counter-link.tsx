import { RouterLink } from '@/components/router-link';
import { count } from '@/lib/plural';

/** A count grouped by thousands ("10,000"). */
export const formatCount = (x: number) => x.toLocaleString('en');

interface Props {
  value: number;
  /** What the devices are, for the link's accessible name: "online" reads "Show 52 devices online". */
  what?: string;
  href: string;
  /** The region the count covers, when split by region. */
  region?: string;
}

/** A KPI counter: the count as a large value that opens the inventory filtered to exactly those devices. */
export function CounterLink({ value, what, href, region }: Props) {
  const label = `Show ${count(value, 'device')}${what ? ` ${what}` : ''}${region ? ` in ${region}` : ''}`;
  return (
    <RouterLink variant="awsui-value-large" href={href} ariaLabel={label}>
      {formatCount(value)}
    </RouterLink>
  );
}
