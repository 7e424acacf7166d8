import { newId } from '../../../shared/model/ids';
import type { AgendaItem } from '../../../shared/model/meeting';
import { nl } from '../../i18n/nl';

type ChangeItem = (edit: (item: AgendaItem) => AgendaItem) => void;

const splitNames = (text: string) => text.split(',').map((p) => p.trim()).filter(Boolean);

/** The proposals put to the meeting ("Voorstel 1."), in order. */
function ProposalFields({ item, change }: { item: AgendaItem; change: ChangeItem }) {
  return (
    <fieldset className="field">
      <legend>{nl.prepare.proposals}</legend>
      {item.proposals.map((proposal, index) => (
        <label key={proposal.id} className="proposal-field">
          {nl.prepare.proposal(index + 1)}
          <textarea
            rows={2}
            value={proposal.text}
            onChange={(e) => change((i) => ({ ...i, proposals: i.proposals.map((p) => (p.id === proposal.id ? { ...p, text: e.target.value } : p)) }))}
          />
        </label>
      ))}
      <button type="button" onClick={() => change((i) => ({ ...i, proposals: [...i.proposals, { id: newId(), text: '', outcome: 'pending' }] }))}>
        {nl.prepare.addProposal}
      </button>
    </fieldset>
  );
}

/** The documents that go with the item, each a title and a link. */
function DocumentFields({ item, change }: { item: AgendaItem; change: ChangeItem }) {
  return (
    <fieldset className="field">
      <legend>{nl.prepare.documents}</legend>
      {item.documents.map((doc) => (
        <div key={doc.id} className="document-field">
          <input
            aria-label={nl.prepare.documentTitle}
            value={doc.title}
            onChange={(e) => change((i) => ({ ...i, documents: i.documents.map((d) => (d.id === doc.id ? { ...d, title: e.target.value } : d)) }))}
          />
          <input
            aria-label={nl.prepare.documentLink}
            value={doc.link}
            onChange={(e) => change((i) => ({ ...i, documents: i.documents.map((d) => (d.id === doc.id ? { ...d, link: e.target.value } : d)) }))}
          />
        </div>
      ))}
      <button type="button" onClick={() => change((i) => ({ ...i, documents: [...i.documents, { id: newId(), title: '', link: '' }] }))}>
        {nl.prepare.addDocument}
      </button>
    </fieldset>
  );
}

/** What unfolds under an agenda item: confidentiality, portfolio holders, proposals, documents. */
export function ItemDetails({ item, change }: { item: AgendaItem; change: ChangeItem }) {
  return (
    <div className="item-row__details">
      <label className="checkbox">
        <input type="checkbox" checked={item.confidential} onChange={(e) => change((i) => ({ ...i, confidential: e.target.checked }))} />
        {nl.prepare.confidentialItem}
      </label>
      <label className="field">
        <span>{nl.prepare.portfolioHolders}</span>
        <input defaultValue={item.portfolioHolders.join(', ')} onBlur={(e) => change((i) => ({ ...i, portfolioHolders: splitNames(e.target.value) }))} />
      </label>
      <ProposalFields item={item} change={change} />
      <DocumentFields item={item} change={change} />
    </div>
  );
}
