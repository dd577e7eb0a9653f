import { forwardRef } from 'react';

/** A hidden file input opened by a button; hands over the chosen files and resets, so the same file can be chosen again. */
export const HiddenFileInput = forwardRef<HTMLInputElement, { label: string; accept: string; multiple?: boolean; onFiles: (files: File[]) => void }>(
  function HiddenFileInput({ label, accept, multiple = false, onFiles }, ref) {
    return (
      <input
        ref={ref}
        type="file"
        hidden
        accept={accept}
        multiple={multiple}
        aria-label={label}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
    );
  },
);

export const DOCX_ACCEPT = '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
