/** The `<option>`s of a select: each value with its label, in the order given. */
export function Options<T extends string>({ values, label }: { values: readonly T[]; label: (value: T) => string }) {
  return values.map((value) => (
    <option key={value} value={value}>
      {label(value)}
    </option>
  ));
}

/** The `<option>`s of a select of records (`{ id, label }`), led by an empty choice worded `empty`. */
export function RecordOptions({ empty, records }: { empty: string; records: readonly { id: string; label: string }[] }) {
  return (
    <>
      <option value="">{empty}</option>
      {records.map((record) => (
        <option key={record.id} value={record.id}>
          {record.label}
        </option>
      ))}
    </>
  );
}
