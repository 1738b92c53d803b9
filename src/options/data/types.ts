/** What every part of the data panel reports back to `DataPanel`. */
export interface PanelProps {
  /** Something was written: other parts re-read (the reminder after an export, say). */
  onChanged: () => void;
  /** A storage failure; `DataPanel` shows StorageProblem when the database cannot be opened. */
  onError: (error: unknown) => void;
  /** Increments on every change, for parts that show stored state. */
  version?: number;
}
