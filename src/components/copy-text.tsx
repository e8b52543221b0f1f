import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import type { ReactNode } from 'react';

interface Props {
  text: string | undefined;
  /** What the text is ("Device ID", "ARN"): the button's label and its messages. */
  label: string;
  /** Shown instead of the text (a link to it, for example); the text is what is copied. */
  display?: ReactNode;
  /**
   * How a value longer than its space shows: `truncate` cuts it with an ellipsis (the whole
   * value on hover and in the copy), `separators` wraps it only after `:` and `/` (ARNs),
   * never inside a word.
   */
  overflow?: 'truncate' | 'separators';
}

/** Text with a break opportunity after each `:` and `/`, so an ARN wraps between its parts. */
function withBreaks(text: string): ReactNode {
  const parts = text.split(/(?<=[:/])/);
  return parts.map((p, i) => (
    <span key={i}>
      {p}
      {i < parts.length - 1 && <wbr />}
    </span>
  ));
}

/** An id or ARN with a copy button, as the AWS console shows them. */
export function CopyText({ text, label, display, overflow }: Props) {
  if (!text) return <>-</>;
  const shown = display ?? (overflow === 'separators' ? <span style={{ overflowWrap: 'normal', wordBreak: 'normal' }}>{withBreaks(text)}</span> : text);
  return (
    <CopyToClipboard
      variant="inline"
      textToCopy={text}
      textToDisplay={overflow === 'truncate' ? <span title={text}>{shown}</span> : shown}
      wrapText={overflow !== 'truncate'}
      copyButtonAriaLabel={`Copy ${label}`}
      copySuccessText={`${label} copied`}
      copyErrorText={`${label} could not be copied`}
    />
  );
}
