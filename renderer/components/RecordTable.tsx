import type { ReactNode } from 'react';

/**
 * Rows of records under column headings, one look for every such list (earlier versions,
 * quarantined files). A heading may be hidden text, for a column of buttons.
 */
export function RecordTable({ headings, children }: { headings: readonly ReactNode[]; children: ReactNode }) {
  return (
    <table className="versions-table">
      <thead>
        <tr>
          {headings.map((heading, index) => (
            // The headings are fixed per table, so their position is a stable key.
            <th key={index} scope="col">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
