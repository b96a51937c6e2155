import { useEffect, useId, useRef } from 'react';

interface CopyFallbackProps {
  readonly text: string;
  readonly onClose: () => void;
  /** What the text is, in the prompt: "the link" unless said. */
  readonly what?: string;
}

/**
 * Shown when the clipboard refused: the text in a read-only field, already selected, so
 * one Ctrl+C (⌘C) copies it. Escape or the button closes it.
 */
export function CopyFallback({ text, onClose, what = 'the link' }: CopyFallbackProps) {
  const field = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);
  return (
    <div className="copy-fallback">
      <label htmlFor={id}>The browser did not allow copying. Press Ctrl+C (⌘C on a Mac) to copy {what}:</label>
      <input
        id={id}
        ref={field}
        className="copy-fallback__field"
        readOnly
        value={text}
        onFocus={(event) => event.target.select()}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          // Escape closes the field alone, not the menu it may sit in.
          event.stopPropagation();
          onClose();
        }}
      />
      <button type="button" className="button button--quiet" onClick={onClose}>
        Done
      </button>
    </div>
  );
}
