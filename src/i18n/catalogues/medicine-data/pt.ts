/** Portuguese interface strings of a medicine's data sections. */
import type { MedicineDataMessages } from './en.ts';

export const pt: MedicineDataMessages = {
  notStated: 'não indicado',
  presentations: {
    heading: 'Apresentações autorizadas',
    caption: 'Todas as apresentações autorizadas',
    columns: { euNumber: 'Número UE', inventedName: 'Nome de fantasia', strength: 'Dosagem', pharmaceuticalForm: 'Forma farmacêutica', routeOfAdministration: 'Via de administração', immediatePackaging: 'Acondicionamento primário', content: 'Conteúdo (concentração)', packSize: 'Tamanho da embalagem' },
  },
  procedures: {
    heading: 'Procedimentos pós-autorização',
    caption: 'Procedimentos pós-autorização, do mais recente para o mais antigo',
    columns: { number: 'Número do procedimento', type: 'Tipo', scope: 'Âmbito', opinionDate: 'Parecer ou notificação', commissionDecisionDate: 'Decisão da Comissão', productInformationAffected: 'Informação do medicamento afetada', summary: 'Resumo' },
    otherNumbers: 'Outros números',
    types: { 'variation-ia': 'Alteração do tipo IA', 'variation-ib': 'Alteração do tipo IB', 'variation-ii': 'Alteração do tipo II', extension: 'Extensão', renewal: 'Renovação', 'annual-reassessment': 'Reavaliação anual', psur: 'Relatório periódico de segurança (RPS)', transfer: 'Transferência', referral: 'Procedimento de consulta', 'post-authorisation-measure': 'Medida pós-autorização', other: 'Outro' },
  },
};
