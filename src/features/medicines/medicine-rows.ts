/**
 * The one place that converts between database rows and the domain `Medicine`. Both
 * directions live together so a column added to one cannot be forgotten in the other.
 */
import type { AtcCode, EmaReference, EuNumber, ProductNumber } from '../../domain/identifiers.ts';
import type { ProcedureType } from '../../domain/procedure.ts';
import type { LanguageCode } from '../../domain/languages.ts';
import type {
  Category,
  DocumentSection,
  Medicine,
  MedicineDocument,
  MedicineSummary,
  Overview,
  RelatedKind,
  Status,
} from '../../domain/medicine.ts';
import type { ChildRows, MedicineRows, MedicineValues, SummaryRow } from './medicines.repository.ts';

export function toMedicine(rows: MedicineRows): Medicine {
  const m = rows.medicine;
  const overview: Partial<Record<LanguageCode, Overview>> = {};
  for (const s of rows.overviewSections) {
    const lang = s.lang as LanguageCode;
    (overview[lang] ??= { sections: [] }).sections.push({ heading: s.heading, body: s.body });
  }
  const languagesByDocument = Map.groupBy(rows.documentLanguages, (l) => l.document_id);
  const documents: MedicineDocument[] = rows.documents.map((d) => ({
    type: d.type,
    title: d.title,
    section: d.section as DocumentSection,
    group: d.group_heading,
    referenceNumber: d.reference_number as EmaReference | null,
    referenceText: d.reference_text,
    documentStatus: d.document_status,
    languages: (languagesByDocument.get(d.id) ?? [])
      .map((l) => ({
        lang: l.lang as LanguageCode,
        sizeBytes: l.size_bytes,
        firstPublished: l.first_published,
        lastUpdated: l.last_updated,
        url: l.url,
        position: l.position,
      }))
      .sort((a, b) => a.position - b.position)
      .map(({ position: _, ...l }) => l),
  }));
  return {
    productNumber: m.product_number as ProductNumber | null,
    name: m.name,
    slug: m.slug,
    previousNames: m.previous_names,
    category: m.category as Category,
    status: m.status as Status,
    inn: m.inn,
    activeSubstance: m.active_substance,
    therapeuticAreas: m.therapeutic_areas,
    atcCodes: m.atc_codes as AtcCode[],
    pharmacotherapeuticGroup: m.pharmacotherapeutic_group,
    therapeuticIndication: m.therapeutic_indication,
    flags: {
      additionalMonitoring: m.flag_additional_monitoring,
      conditionalApproval: m.flag_conditional_approval,
      exceptionalCircumstances: m.flag_exceptional_circumstances,
      acceleratedAssessment: m.flag_accelerated_assessment,
      orphan: m.flag_orphan,
      generic: m.flag_generic,
      biosimilar: m.flag_biosimilar,
      advancedTherapy: m.flag_advanced_therapy,
      prime: m.flag_prime,
    },
    marketingAuthorisationHolder: m.holder_name ? { name: m.holder_name, address: m.holder_address } : null,
    applicant: m.applicant,
    developer: m.developer,
    opinionStatus: m.opinion_status,
    atcNotYetAssigned: m.atc_not_yet_assigned,
    malformedAtcCodes: m.malformed_atc_codes,
    species: m.species,
    patientSafety: m.patient_safety,
    patientSafetyNews: m.patient_safety_news,
    topics: m.topics,
    withdrawalInformation: m.withdrawal_information,
    dates: {
      opinionAdopted: m.date_opinion_adopted,
      marketingAuthorisationIssued: m.date_marketing_authorisation_issued,
      refusal: m.date_refusal,
      applicationWithdrawn: m.date_application_withdrawn,
      withdrawal: m.date_withdrawal,
      suspension: m.date_suspension,
      lapse: m.date_lapse,
      expiry: m.date_expiry,
      revocation: m.date_revocation,
      pageLastUpdated: m.date_page_last_updated,
    },
    revision: m.revision,
    latestProcedure: m.latest_procedure_number ? { number: m.latest_procedure_number, date: m.latest_procedure_date } : null,
    overview,
    documents,
    news: rows.news.map((n) => ({ title: n.title, url: n.url, date: n.date })),
    related: rows.related.map((r) => ({ kind: r.kind as RelatedKind, title: r.title, url: r.url })),
    emaNodeId: m.ema_node_id,
    emaUrl: m.ema_url,
    presentations: rows.presentations.map((p) => ({
      euNumber: p.eu_number as EuNumber,
      inventedName: p.invented_name,
      strength: p.strength,
      pharmaceuticalForm: p.pharmaceutical_form,
      routeOfAdministration: p.route_of_administration,
      immediatePackaging: p.immediate_packaging,
      content: p.content,
      packSize: p.pack_size,
    })),
    procedures: rows.procedures.map((p) => ({
      number: p.number,
      otherNumbers: p.other_numbers,
      type: p.type as ProcedureType,
      typeLabel: p.type_label,
      scope: p.scope,
      opinionDate: p.opinion_date,
      commissionDecisionDate: p.commission_decision_date,
      productInformationAffected: p.product_information_affected,
      summary: p.summary,
    })),
    files: rows.files.map((f) => ({
      documentType: f.document_type,
      lang: f.lang as LanguageCode,
      sha256: f.sha256,
      sizeBytes: f.size_bytes,
      contentType: f.content_type,
      pageCount: f.page_count,
      fileName: f.file_name,
    })),
  };
}

export function toMedicineValues(m: Medicine): MedicineValues {
  return {
    slug: m.slug,
    product_number: m.productNumber,
    name: m.name,
    previous_names: m.previousNames,
    category: m.category,
    status: m.status,
    inn: m.inn,
    active_substance: m.activeSubstance,
    therapeutic_areas: m.therapeuticAreas,
    atc_codes: m.atcCodes,
    pharmacotherapeutic_group: m.pharmacotherapeuticGroup,
    therapeutic_indication: m.therapeuticIndication,
    flag_additional_monitoring: m.flags.additionalMonitoring,
    flag_conditional_approval: m.flags.conditionalApproval,
    flag_exceptional_circumstances: m.flags.exceptionalCircumstances,
    flag_accelerated_assessment: m.flags.acceleratedAssessment,
    flag_orphan: m.flags.orphan,
    flag_generic: m.flags.generic,
    flag_biosimilar: m.flags.biosimilar,
    flag_advanced_therapy: m.flags.advancedTherapy,
    flag_prime: m.flags.prime,
    holder_name: m.marketingAuthorisationHolder?.name ?? null,
    holder_address: m.marketingAuthorisationHolder?.address ?? null,
    applicant: m.applicant,
    developer: m.developer,
    opinion_status: m.opinionStatus,
    atc_not_yet_assigned: m.atcNotYetAssigned,
    malformed_atc_codes: m.malformedAtcCodes,
    species: m.species,
    patient_safety: m.patientSafety,
    // jsonb: node-postgres would send a JavaScript array as a PostgreSQL array, not as JSON.
    patient_safety_news: JSON.stringify(m.patientSafetyNews),
    topics: JSON.stringify(m.topics),
    withdrawal_information: m.withdrawalInformation,
    date_opinion_adopted: m.dates.opinionAdopted,
    date_marketing_authorisation_issued: m.dates.marketingAuthorisationIssued,
    date_refusal: m.dates.refusal,
    date_application_withdrawn: m.dates.applicationWithdrawn,
    date_withdrawal: m.dates.withdrawal,
    date_suspension: m.dates.suspension,
    date_lapse: m.dates.lapse,
    date_expiry: m.dates.expiry,
    date_revocation: m.dates.revocation,
    date_page_last_updated: m.dates.pageLastUpdated,
    revision: m.revision,
    latest_procedure_number: m.latestProcedure?.number ?? null,
    latest_procedure_date: m.latestProcedure?.date ?? null,
    ema_node_id: m.emaNodeId,
    ema_url: m.emaUrl,
  };
}

export function toChildRows(m: Medicine): ChildRows {
  return {
    overviewSections: Object.entries(m.overview).flatMap(([lang, o]) =>
      (o?.sections ?? []).map((s, position) => ({ lang, position, heading: s.heading, body: s.body })),
    ),
    documents: m.documents.map((d, position) => ({
      document: {
        position,
        type: d.type,
        title: d.title,
        section: d.section,
        group_heading: d.group,
        reference_number: d.referenceNumber,
        reference_text: d.referenceText,
        document_status: d.documentStatus,
      },
      languages: d.languages.map((l, i) => ({
        lang: l.lang,
        position: i,
        size_bytes: l.sizeBytes,
        first_published: l.firstPublished,
        last_updated: l.lastUpdated,
        url: l.url,
      })),
    })),
    news: m.news.map((n, position) => ({ position, title: n.title, url: n.url, date: n.date })),
    related: m.related.map((r, position) => ({ position, kind: r.kind, title: r.title, url: r.url })),
    presentations: m.presentations.map((p, position) => ({
      position,
      eu_number: p.euNumber,
      invented_name: p.inventedName,
      strength: p.strength,
      pharmaceutical_form: p.pharmaceuticalForm,
      route_of_administration: p.routeOfAdministration,
      immediate_packaging: p.immediatePackaging,
      content: p.content,
      pack_size: p.packSize,
    })),
    procedures: m.procedures.map((p, position) => ({
      position,
      number: p.number,
      other_numbers: p.otherNumbers,
      type: p.type,
      type_label: p.typeLabel,
      scope: p.scope,
      opinion_date: p.opinionDate,
      commission_decision_date: p.commissionDecisionDate,
      product_information_affected: p.productInformationAffected,
      summary: p.summary,
    })),
    files: m.files.map((f, position) => ({ position, document_type: f.documentType, lang: f.lang, sha256: f.sha256, file_name: f.fileName })),
  };
}

export function toSummary(r: SummaryRow): MedicineSummary {
  return {
    slug: r.slug,
    name: r.name,
    productNumber: r.product_number as ProductNumber | null,
    category: r.category as Category,
    status: r.status as Status,
    inn: r.inn,
    activeSubstance: r.active_substance,
    therapeuticAreas: r.therapeutic_areas,
    holder: r.holder_name,
    marketingAuthorisationIssued: r.date_marketing_authorisation_issued,
    pageLastUpdated: r.date_page_last_updated,
  };
}
