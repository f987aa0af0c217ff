/** Maltese strings of the product information's "what changed" view. Machine-assisted translation, awaiting review by a native speaker. */
import type { PiChangesMessages } from './en.ts';

export const mt: PiChangesMessages = {
  title: 'X’inbidel fl-informazzjoni dwar il-prodott ta’ {name}',
  description: 'Is-sezzjonijiet tal-informazzjoni dwar il-prodott ta’ {name} li huma differenti bejn żewġ verżjonijiet, kelma b’kelma.',
  lede: 'Is-sezzjonijiet li huma differenti bejn żewġ verżjonijiet tal-informazzjoni dwar il-prodott, kelma b’kelma: il-kliem imneħħi huwa ingassat, il-kliem miżjud huwa sottolinjat.',
  formHeading: 'Verżjonijiet li jitqabblu',
  language: 'Lingwa tad-dokument',
  from: 'Verżjoni eqdem',
  to: 'Verżjoni iktar ġdida',
  compare: 'Qabbel',
  versionOption: '{date}, {source}',
  undated: 'bla data',
  comparing: 'Verżjoni tal-{to} imqabbla mal-verżjoni tal-{from}',
  procedure: 'Proċedura li minnha ħarġet il-verżjoni l-ġdida: {procedure}',
  first: 'Din hija l-ewwel verżjoni disponibbli f’din il-lingwa: is-sezzjonijiet kollha jidhru bħala miżjuda.',
  none: 'L-ebda sezzjoni ma hi differenti bejn dawn iż-żewġ verżjonijiet.',
  noVersions: 'M’hemm l-ebda informazzjoni dwar il-prodott għal din il-mediċina f’din il-lingwa.',
  changed: 'Mibdula',
  added: 'Miżjuda',
  removed: 'Imneħħija',
  headingBefore: 'Titlu ta’ qabel: {heading}',
  readSection: 'Aqra din is-sezzjoni',
  count: 'Sezzjonijiet differenti: {count}',
};
