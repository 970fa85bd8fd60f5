import styles from './editor.module.css';

/** A button of the editor's toolbar; `active` marks a format the selection has (aria-pressed). */
export function ToolbarButton({ label, active, onClick, disabled }: { label: string; active?: boolean; onClick: () => void; disabled?: boolean }) {
  return (
    <button type="button" className={active ? `${styles.tool} ${styles.toolActive}` : styles.tool} aria-pressed={active} onClick={onClick} disabled={disabled}>
      {label}
    </button>
  );
}
