/**
 * The site catalogue in English: every string the pages print that is not data and belongs to
 * no narrower catalogue (search, history, feeds, medicine data). Where EMA's own pages have
 * wording for the same thing (status lines, flag explanations, date labels) it is used verbatim,
 * so a reader moving between EMA and OpenEPAR meets the same sentences.
 *
 * Placeholders are `{name}`; plural messages are objects keyed by `Intl.PluralRules` categories
 * (`other` is required) and receive `{count}`. Medicine names, INNs and identifiers never appear
 * here: they are data and are never translated.
 *
 * Other languages are typed `Messages` (`export const sv: Messages = { ... }`), so a missing key
 * is a type error, and languages with more plural categories (cs, pl, ga, ...) may add them.
 */
import type { FlagKey, Category, DateKey, RelatedKind, Status, CatalogueSort } from '../../../domain/medicine.ts';
import type { LifecycleStep, StepState } from '../../../domain/lifecycle.ts';
import type { PluralCategory, PluralMessage } from '../../catalogue.ts';

interface FlagMessages {
  name: string;
  description: string;
  /** What the flag's symbol means, for flags that have one (the black triangle). */
  symbol?: string;
  /** Title of EMA's page explaining the scheme; the link itself is built by the template. */
  moreInfo: string;
}

interface RelatedKindMessages {
  /** Heading over a group of items of this kind. */
  heading: string;
}

export const en = {
  service: {
    name: 'OpenEPAR',
    tagline: 'Medicines evaluated by the European Medicines Agency, as open data',
  },

  common: {
    skipLink: 'Skip to main content',
    notStated: 'Not stated',
    /** Joins short list items inline, e.g. two ATC codes. */
    listSeparator: ', ',
    /** The visible label of a field followed by its value, when both sit on one line. */
    labelled: '{label}: {value}',
    opensInNewWindow: 'opens in a new tab',
    backToTop: 'Back to top',
  },

  nav: {
    label: 'Main',
    home: 'Home',
    medicines: 'Medicines',
    search: 'Search',
    whatsNew: 'What’s new',
    breadcrumb: 'Breadcrumb',
  },

  languageSwitcher: {
    label: 'Language',
    /** The disclosure's visible summary: "Language: English". */
    summary: 'Language: {language}',
    current: 'current language',
  },

  footer: {
    heading: 'About this service',
    source: 'Content from the European Medicines Agency (EMA), reproduced with acknowledgement of the source',
    emaWebsite: 'European Medicines Agency website',
    openData: 'Open data',
    api: 'JSON API',
    openApi: 'OpenAPI description',
    openSource: 'OpenEPAR is open-source software.',
  },

  categories: {
    human: 'Human',
    veterinary: 'Veterinary',
  } satisfies Record<Category, string>,

  /** "Human medicine": the caption above a medicine's name. */
  categoryMedicine: {
    human: 'Human medicine',
    veterinary: 'Veterinary medicine',
  } satisfies Record<Category, string>,

  /** Status names as EMA prints them, and the sentence EMA shows under each. */
  statuses: {
    'under-evaluation': { label: 'Under evaluation', description: 'EMA is evaluating the application for this medicine' },
    authorised: { label: 'Authorised', description: 'This medicine is authorised for use in the European Union' },
    opinion: { label: 'Opinion', description: 'EMA has issued an opinion on this medicine' },
    'opinion-under-re-examination': {
      label: 'Opinion under re-examination',
      description: 'The opinion EMA issued on this medicine is being re-examined',
    },
    refused: { label: 'Refused', description: 'This medicine has been refused authorisation' },
    'application-withdrawn': { label: 'Application withdrawn', description: 'The application for this medicine has been withdrawn' },
    'withdrawn-from-rolling-review': {
      label: 'Withdrawn from rolling review',
      description: 'This medicine has been withdrawn from evaluation under rolling review',
    },
    withdrawn: { label: 'Withdrawn', description: "This medicine's authorisation has been withdrawn" },
    suspended: { label: 'Suspended', description: 'This medicine is currently suspended from use in the European Union' },
    lapsed: { label: 'Lapsed', description: "This medicine's authorisation has lapsed" },
    expired: { label: 'Expired', description: "This medicine's authorisation has expired" },
    revoked: { label: 'Revoked', description: "This medicine's authorisation has been revoked" },
  } satisfies Record<Status, { label: string; description: string }>,

  lifecycle: {
    label: 'Stages of the evaluation',
    /** The committee giving the opinion differs: CHMP for human medicines, CVMP for veterinary ones. */
    steps: {
      human: {
        application: 'Application under evaluation',
        opinion: 'CHMP opinion',
        decision: 'European Commission decision',
      } satisfies Record<LifecycleStep, string>,
      veterinary: {
        application: 'Application under evaluation',
        opinion: 'CVMP opinion',
        decision: 'European Commission decision',
      } satisfies Record<LifecycleStep, string>,
    },
    states: {
      done: 'Completed',
      current: 'Current stage',
      stopped: 'Stopped',
      upcoming: 'Not reached',
    } satisfies Record<StepState, string>,
  },

  /** EMA's names for each flag and the explanation EMA prints beside it. */
  flags: {
    moreInfo: 'For more information, see {link}.',
    additionalMonitoring: {
      name: 'Additional monitoring',
      description:
        'This medicine is under additional monitoring, meaning that it is monitored even more intensively than other medicines.',
      symbol:
        'Medicines under additional monitoring have a black inverted triangle (▼) displayed in their package leaflet and summary of product characteristics.',
      moreInfo: 'Medicines under additional monitoring',
    },
    conditionalApproval: {
      name: 'Conditional approval',
      description:
        'This medicine received a conditional marketing authorisation. This was granted in the interest of public health because the medicine addresses an unmet medical need and the benefit of immediate availability outweighs the risk from less comprehensive data than normally required.',
      moreInfo: 'Conditional marketing authorisation',
    },
    exceptionalCircumstances: {
      name: 'Exceptional circumstances',
      description:
        'This medicine was authorised under exceptional circumstances, because the applicant was unable to provide comprehensive data on the efficacy and safety of the medicine under normal conditions of use. This can happen because the condition to be treated is rare or because collection of full information is not possible or is unethical.',
      moreInfo: 'Pre-authorisation guidance',
    },
    acceleratedAssessment: {
      name: 'Accelerated assessment',
      description:
        'This medicine had an accelerated assessment. This means that it is a medicine of major interest for public health, so its timeframe for review was 150 evaluation days rather than 210.',
      moreInfo: 'Accelerated assessment',
    },
    orphan: {
      name: 'Orphan',
      description:
        'This medicine was designated an orphan medicine. This means that it was developed for use against a rare, life-threatening or chronically debilitating condition or, for economic reasons, it would be unlikely to have been developed without incentives.',
      moreInfo: 'Orphan designation',
    },
    generic: {
      name: 'Generic',
      description:
        'This is a generic medicine, which is developed to be the same as a medicine that has already been authorised, called the reference medicine. A generic medicine contains the same active substance(s) as the reference medicine, and is used at the same dose(s) to treat the same disease(s).',
      moreInfo: 'Generic and hybrid medicines',
    },
    biosimilar: {
      name: 'Biosimilar',
      description:
        "This is a biosimilar medicine, which is a biological medicine highly similar to another already approved biological medicine called the 'reference medicine'.",
      moreInfo: 'Biosimilar medicines',
    },
    advancedTherapy: {
      name: 'Advanced therapy',
      description:
        'This medicine is classified as an advanced therapy medicinal product (ATMP): a medicine for human use that is based on genes, tissues or cells. It offers groundbreaking new opportunities for the treatment of disease and injury.',
      moreInfo: 'Advanced therapy medicinal products: Overview',
    },
    prime: {
      name: 'PRIME: priority medicine',
      description:
        'This medicine was granted entry to the EMA Priority Medicines (PRIME) scheme during its development. PRIME is a scheme launched by EMA to enhance support for the development of medicines that target an unmet medical need. This voluntary scheme is based on enhanced interaction and early dialogue with developers of promising medicines, to optimise development plans and speed up evaluation so these medicines can reach patients earlier.',
      moreInfo: 'PRIME: priority medicines',
    },
  } satisfies Record<FlagKey, FlagMessages> & { moreInfo: string },

  /** Labels EMA prints before each date in "Authorisation details". */
  dates: {
    opinionAdopted: 'Opinion adopted',
    marketingAuthorisationIssued: 'Marketing authorisation issued',
    refusal: 'Refusal of marketing authorisation',
    applicationWithdrawn: 'Withdrawal of application',
    withdrawal: 'Withdrawal of marketing authorisation',
    suspension: 'Suspension of marketing authorisation',
    lapse: 'Lapse of marketing authorisation',
    expiry: 'Expiry of marketing authorisation',
    revocation: 'Revocation of marketing authorisation',
    pageLastUpdated: 'EMA last updated its page on',
  } satisfies Record<DateKey, string>,

  /** Keyed by the folder of EMA's document URL (`/en/documents/<type>/...`); `other` for the rest. */
  documentTypes: {
    overview: 'Medicine overview',
    'product-information': 'Product information',
    'product-information-tracked-changes': 'Product information with tracked changes',
    'amended-product-information': 'Amended product information',
    'all-authorised-presentations': 'All authorised presentations',
    leaflet: 'Package leaflet',
    rmp: 'Risk management plan',
    'rmp-summary': 'Risk management plan summary',
    'assessment-report': 'Public assessment report',
    'variation-report': 'Assessment report for a change to the marketing authorisation',
    'scientific-conclusion': 'Scientific conclusions',
    'scientific-discussion': 'Scientific discussion',
    'scientific-discussion-variation': 'Scientific discussion for a change to the marketing authorisation',
    'procedural-steps': 'Procedural steps taken before authorisation',
    'procedural-steps-after': 'Procedural steps taken and scientific information after authorisation',
    'steps-after-cutoff': 'Procedural steps taken after authorisation (archive)',
    'smop-initial': 'Summary of opinion',
    smop: 'Summary of opinion on a change to the marketing authorisation',
    'medicine-qa': 'Questions and answers',
    'withdrawal-letter': 'Withdrawal letter',
    'withdrawal-report': 'Withdrawal assessment report',
    'orphan-maintenance-report': 'Orphan maintenance assessment report',
    'orphan-maintenance-report-post': 'Orphan maintenance assessment report after authorisation',
    'pip-compliance': 'Paediatric investigation plan compliance check',
    'conditions-member-states': 'Conditions or restrictions for EU Member States',
    'covid-19-vaccine-safety-update': 'COVID-19 vaccine safety update',
    'medication-error': 'Information on medication errors',
    'prac-recommendation': 'PRAC recommendation',
    'opinion-any-scientific-matter': 'Opinion on a scientific matter',
    'public-statement': 'Public statement',
    'press-release': 'Press release',
    referral: 'Referral document',
    other: 'Document',
  },

  documents: {
    referenceNumber: 'Reference number',
    firstPublished: 'First published',
    lastUpdated: 'Last updated',
    /** Summary of the disclosure listing every language version of a document. */
    languages: { one: 'Available in {count} language', other: 'Available in {count} languages' },
    /**
     * Accessible name of each language-version link. Only `{language}` is visible; the rest is read
     * by screen readers, so that a list of links still says which document each one opens.
     */
    viewIn: 'View {title} in {language}',
    /** File format and size, after the language: "PDF, 419.4 KB". */
    fileDetails: '{format}, {size}',
    notOnline: 'not available online',
  },

  relatedKinds: {
    'paediatric-investigation-plan': { heading: 'Paediatric investigation plans' },
    'post-authorisation-study': { heading: 'Post-authorisation studies' },
    'orphan-designation': { heading: 'Orphan designations' },
    referral: { heading: 'Referrals' },
    other: { heading: 'Other information' },
  } satisfies Record<RelatedKind, RelatedKindMessages>,

  medicine: {
    previousNames: 'Previously known as {names}',
    activeSubstance: 'Active substance',
    statusHeading: 'Status',
    flagsLabel: 'Regulatory features',
    contents: 'Page contents',
    sections: {
      overview: 'Overview',
      productInformation: 'Product information',
      productDetails: 'Product details',
      authorisationDetails: 'Authorisation details',
      /** Before a decision, EMA calls the same section "Application details". */
      applicationDetails: 'Application details',
      assessmentHistory: 'Assessment history',
      otherDocuments: 'Other documents',
      news: 'News on {name}',
      related: 'More information on {name}',
      patientSafety: 'Patient safety information',
      withdrawalInformation: 'Related information on withdrawals',
      topics: 'Topics',
    },
    overview: {
      /** Shown when the overview is not published in the page's language. */
      fallback: 'This overview is not available in {language}. It is shown in {fallback}.',
      /** After the note above, when EMA lists the overview in the page's language: {link} opens that document. */
      fallbackDocument: 'EMA publishes it in {language} as a document: {link}.',
    },
    productInformation: {
      allLanguages: "This medicine's product information is available in all official EU languages.",
      contentsIntro: 'Product information documents contain:',
      contents: [
        'summary of product characteristics (annex I);',
        'manufacturing authorisation holder responsible for batch release (annex IIA);',
        'conditions of the marketing authorisation (annex IIB);',
        'labelling (annex IIIA);',
        'package leaflet (annex IIIB).',
      ],
      latestProcedure: 'Latest procedure affecting product information',
    },
    productDetails: {
      name: 'Name of medicine',
      activeSubstance: 'Active substance',
      inn: 'International non-proprietary name (INN) or common name',
      therapeuticArea: 'Therapeutic area (MeSH)',
      atcCode: 'Anatomical therapeutic chemical (ATC) code',
      pharmacotherapeuticGroup: 'Pharmacotherapeutic group',
      therapeuticIndication: 'Therapeutic indication',
      /** Target species of a veterinary medicine. */
      species: 'Species',
      /** Shown where EMA says the ATC code is not yet assigned. */
      atcNotYetAssigned: 'Not yet assigned',
      /** After a value EMA printed as an ATC code that is not one. */
      atcMalformed: 'not a valid ATC code: shown as EMA prints it',
    },
    authorisation: {
      productNumber: 'EMA product number',
      holder: 'Marketing authorisation holder',
      applicant: 'Marketing authorisation applicant',
      revision: 'EMA revision number',
      /** Before any application (PRIME, rolling review) EMA names the company the developer. */
      developer: 'Developer',
      opinionStatus: 'Opinion status',
      /** The committee's opinion, by `OpinionStatus`. */
      opinionStatuses: { positive: 'Positive', negative: 'Negative' },
    },
    news: {
      published: 'Published {date}',
      /** EMA's table marks the medicine as having patient safety information, but the page gave no items. */
      patientSafetyMarker: 'EMA has published patient safety information on this medicine.',
    },
    source: {
      heading: 'Source and data',
      ema: 'View this medicine on the EMA website',
      json: 'Get this record as JSON',
    },
  },

  catalogue: {
    title: 'Medicines',
    description: 'All medicines with a European public assessment report (EPAR), with their status and therapeutic area.',
    tableCaption: 'Medicines',
    showing: {
      one: 'Showing {from}–{to} of {count} medicine',
      other: 'Showing {from}–{to} of {count} medicines',
    },
    empty: 'No medicines match these filters.',
    pageOutOfRange: 'There are no medicines on this page.',
    filters: {
      heading: 'Filter medicines',
      status: 'Status',
      anyStatus: 'All statuses',
      category: 'Type of medicine',
      anyCategory: 'Human and veterinary',
      sort: 'Sort by',
      submit: 'Apply',
      clear: 'Clear filters',
    },
    columns: {
      name: 'Medicine',
      inn: 'Active substance (INN)',
      status: 'Status',
      therapeuticAreas: 'Therapeutic area',
      authorised: 'Authorised',
      updated: 'Last updated',
    },
    /** Read after a sortable column's name. */
    sortedAscending: 'sorted in ascending order',
    sortedDescending: 'sorted in descending order',
    sortBy: 'sort by {column}',
  },

  sort: {
    name: 'Name (A to Z)',
    '-name': 'Name (Z to A)',
    authorised: 'Authorisation date (oldest first)',
    '-authorised': 'Authorisation date (newest first)',
    updated: 'Last updated (oldest first)',
    '-updated': 'Last updated (newest first)',
  } satisfies Record<CatalogueSort, string>,

  pagination: {
    label: 'Pages',
    previous: 'Previous page',
    next: 'Next page',
    /** Only the number is visible; the words around it are read by screen readers. */
    page: 'Page {page}',
  },

  home: {
    title: 'Find information on medicines evaluated in the European Union',
    lede: 'OpenEPAR publishes every European public assessment report (EPAR) from the European Medicines Agency (EMA): what each medicine is for, whether it is authorised, its product information in every EU language and the documents behind the decision.',
    audiences: {
      heading: 'Who OpenEPAR is for',
      patients: {
        title: 'Patients and carers',
        text: 'Read a plain-language overview of a medicine, what it is used for and what its risks are, in your language.',
      },
      prescribers: {
        title: 'Prescribers and pharmacists',
        text: 'Open the current product information, check the status and the latest procedure affecting it.',
      },
      researchers: {
        title: 'Researchers and developers',
        text: 'Use the same data as open data through a JSON API described with OpenAPI.',
      },
    },
    search: {
      label: 'Search for a medicine',
      hint: 'Enter a medicine name or active substance, for example sotorasib',
      button: 'Search',
    },
    /** Instead of the lede while the portal holds only the sample catalogue; {command} is the import command. */
    sample:
      'This portal holds only a sample of the European Medicines Agency’s European public assessment reports (EPARs), with their history from EMA’s data tables. Number of medicines: {count}. To publish them all, import the whole corpus with {command}.',
    browseAll: { one: 'Browse the {count} medicine', other: 'Browse all {count} medicines' },
    byStatus: {
      heading: 'Medicines by status',
      caption: 'Number of medicines by status',
      status: 'Status',
      count: 'Number of medicines',
      /** Link on each count; only the number is visible. */
      link: { one: '{count} medicine: {status}', other: '{count} medicines: {status}' },
    },
    recent: {
      heading: 'Recently updated',
      none: 'No medicines have been updated recently.',
      updated: 'Updated {date}',
    },
    openData: {
      heading: 'Open data',
      text: 'Every page on OpenEPAR is also available as data, free to reuse with acknowledgement of the source.',
    },
  },

  errors: {
    status: 'Error {status}',
    notFound: {
      title: 'Page not found',
      message:
        'If you typed the web address, check it is correct. If you pasted the web address, check you copied the entire address.',
    },
    badRequest: {
      title: 'There is a problem with this request',
      message: 'The address contains something this service does not understand. Check it and try again.',
    },
    serverError: {
      title: 'Sorry, there is a problem with the service',
      message: 'Try again later.',
    },
    unavailable: {
      title: 'Sorry, the service is unavailable',
      message: 'You will be able to use the service later.',
    },
    home: 'Go to the home page',
    browse: 'Browse all medicines',
  },
};

/**
 * A catalogue's shape: English's keys with every string widened to `string` and every plural
 * object to `PluralMessage`, so translations are checked for completeness, not for wording.
 */
type Widen<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? readonly Widen<U>[]
    : [Exclude<keyof T, PluralCategory>] extends [never]
      ? PluralMessage
      : { readonly [K in keyof T]: Widen<T[K]> };

export type Messages = Widen<typeof en>;
