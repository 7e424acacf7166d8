import type { AgendaItem, Section } from '../../../shared/model/meeting';
import { jsonWithArray } from '../storage/json-join';

/**
 * Each domain table's and each item's UTF-8 JSON, made once per version: for a long meeting,
 * serializing and encoding the unchanged parts, not the disk, was most of a save's cost
 * (npm run bench). The state is immutable, so a version is an object.
 */
export class SectionJson {
  private readonly encoded = new WeakMap<Section | AgendaItem, Buffer>();

  of(section: Section): Buffer {
    let json = this.encoded.get(section);
    if (!json) {
      const { items, ...own } = section;
      json = jsonWithArray(own, 'items', items.map((item) => this.ofItem(item)));
      this.encoded.set(section, json);
    }
    return json;
  }

  private ofItem(item: AgendaItem): Buffer {
    let json = this.encoded.get(item);
    if (!json) {
      json = Buffer.from(JSON.stringify(item));
      this.encoded.set(item, json);
    }
    return json;
  }
}
