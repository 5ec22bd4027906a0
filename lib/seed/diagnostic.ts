import crypto from 'node:crypto';
import type { Tx } from '@/db/client';
import { diagnosticAnswers, diagnosticAssignments, diagnosticFollowUps, diagnostics } from '@/db/schema';
import { CURRENT_QUESTIONNAIRE_VERSION, findQuestion, getQuestionnaire } from '@/lib/diagnostic/questionnaire';
import type { AnswerValue } from '@/lib/diagnostic/scoring';

type Answer = AnswerValue | { value: AnswerValue; evidence: string };

/** Last year's answers: a département whose international work rests on its president. */
const LAST_YEAR: Record<string, Answer> = {
  'vision.written_strategy': 1,
  'vision.common_thread': { value: 1, evidence: 'Jumelages, coopération au Sénégal et promotion touristique sont gérés séparément.' },
  'vision.territorial_project': 1,
  'vision.competencies': 1,
  'vision.rationales': 2,
  'anchoring.territorial_census': 1,
  'anchoring.expected_returns': { value: 1, evidence: 'Les délibérations parlent de « rayonnement » sans objectif précis.' },
  'anchoring.observed_returns': 1,
  'anchoring.administration_returns': 1,
  'anchoring.integrated_returns': 1,
  'political.chief_executive': {
    value: 3,
    evidence: 'La présidente défend l’international et conduit elle-même les délégations ; la vice-présidence reste en retrait.',
  },
  'political.elected_in_charge': 2,
  'political.cross_cutting': 1,
  'political.majority_change': 1,
  'political.funder_independence': 1,
  'political.elected_count': 1,
  'body.dedicated': 3,
  'body.staff_fte': 2.5,
  'body.position': 'two_levels',
  'body.cross_cutting_method': 1,
  'body.delegation_control': 3,
  'mobilisation.point_people': 1,
  'mobilisation.co_construction': 1,
  'mobilisation.formal_mandates': 1,
  'mobilisation.perception': 2,
  'mobilisation.languages': ['en', 'es'],
  'mobilisation.consolidated_budget': null,
  'civil_society.network': 2,
  'civil_society.project_support': 2,
  'civil_society.calls_for_projects': 'no_home_criteria',
  'civil_society.diversity': 2,
  'civil_society.strategy_role': 1,
  'coordination.information': 1,
  'coordination.dialogue': 1,
  'coordination.pooling': 0,
  'coordination.visibility_tensions': 2,
  'reciprocity.joint_objectives': 1,
  'reciprocity.two_way': 1,
  'reciprocity.hosting': 1,
  'reciprocity.shared_governance': 2,
  'reciprocity.agreements_prefect': 'all_sent',
  'civil_society.grant_agreements': 'always',
  'communication.yearly_declaration': { value: 'some_years', evidence: 'Déclaration faite en 2022, oubliée l’année suivante.' },
  'communication.internal': 1,
  'communication.external': 2,
  'communication.results': 1,
  'communication.elected': 2,
  'evaluation.indicators': 1,
  'evaluation.practice': 1,
  'evaluation.joint': 0,
  'evaluation.use': 1,
};

/** This year, so far: three dimensions answered, mobilisation started by the contributor. */
const THIS_YEAR: Record<string, Answer> = {
  'vision.written_strategy': 2,
  'vision.common_thread': { value: 2, evidence: 'Séminaire des élu·es de février : le fil rouge « jeunesse et mobilité » est formulé.' },
  'vision.territorial_project': 2,
  'vision.competencies': 2,
  'vision.rationales': 2,
  'political.chief_executive': 3,
  'political.elected_in_charge': 3,
  'political.cross_cutting': 2,
  'political.majority_change': 2,
  'political.funder_independence': 2,
  'political.elected_count': 4,
  'body.dedicated': 3,
  'body.staff_fte': 3,
  'body.position': 'one_level',
  'body.cross_cutting_method': 2,
  'body.delegation_control': 3,
};

const CONTRIBUTOR_ANSWERS: Record<string, Answer> = {
  'mobilisation.point_people': {
    value: 3,
    evidence: 'Note de la DGS désignant six référent·es (culture, jeunesse, économie, social, environnement, collèges).',
  },
  'mobilisation.co_construction': 2,
};

const EDITOR = 'editor@demo.filrouge.eu';
const CONTRIBUTOR = 'contributor@demo.filrouge.eu';
const ADMIN = 'admin@demo.filrouge.eu';

function insertAnswers(tx: Tx, workspaceId: string, diagnosticId: string, answers: Record<string, Answer>, userId: string, at: Date) {
  const questionnaire = getQuestionnaire(CURRENT_QUESTIONNAIRE_VERSION);
  for (const [questionKey, answer] of Object.entries(answers)) {
    const found = findQuestion(questionnaire, questionKey);
    if (!found) throw new Error(`Demo answer to an unknown question: ${questionKey}`);
    const { value, evidence } = answer !== null && typeof answer === 'object' && !Array.isArray(answer) ? answer : { value: answer, evidence: null };
    tx.insert(diagnosticAnswers)
      .values({
        id: crypto.randomUUID(),
        workspaceId,
        diagnosticId,
        dimension: found.dimension.key,
        questionKey,
        value,
        evidence,
        answeredBy: userId,
        updatedAt: at,
      })
      .run();
  }
}

function isoDay(date: Date) {
  return date.toISOString().slice(0, 10);
}

/**
 * Seeds the demo département's diagnostics: last year's, completed, with follow-up items, and
 * this year's, in progress, with the contributor answering the mobilisation of departments and
 * civil society. `ids.users` maps demo emails to user ids.
 */
export function seedDemoDiagnostics(tx: Tx, ids: { workspaceId: string; users: Map<string, string> }, now = new Date()) {
  const { workspaceId } = ids;
  const user = (email: string) => ids.users.get(email)!;
  const year = now.getUTCFullYear();
  const lastYearDay = new Date(Date.UTC(year - 1, 2, 14, 9));
  const completedAt = new Date(Date.UTC(year - 1, 3, 2, 16));

  const lastYearId = crypto.randomUUID();
  tx.insert(diagnostics)
    .values({
      id: lastYearId,
      workspaceId,
      title: `Autodiagnostic ${year - 1}`,
      heldOn: isoDay(lastYearDay),
      status: 'completed',
      questionnaireVersion: CURRENT_QUESTIONNAIRE_VERSION,
      createdBy: user(EDITOR),
      completedBy: user(EDITOR),
      completedAt,
      createdAt: lastYearDay,
      updatedAt: completedAt,
    })
    .run();
  insertAnswers(tx, workspaceId, lastYearId, LAST_YEAR, user(EDITOR), completedAt);
  const followUps: { ruleKey: string; title: string; owner: string; dueOn: string; status: 'open' | 'in_progress' | 'done' }[] = [
    {
      ruleKey: 'no_point_people',
      title: 'Faire désigner un·e référent·e international dans chaque direction',
      owner: EDITOR,
      dueOn: `${year - 1}-09-30`,
      status: 'done',
    },
    {
      ruleKey: 'support_rests_on_executive',
      title: 'Confier une action à chaque vice-président·e thématique',
      owner: ADMIN,
      dueOn: `${year}-06-30`,
      status: 'in_progress',
    },
    {
      ruleKey: 'calls_without_home_criteria',
      title: "Ajouter un critère « actions dans le Val-d'Argence » à l'appel à projets solidarité",
      owner: EDITOR,
      dueOn: `${year}-12-31`,
      status: 'open',
    },
  ];
  for (const f of followUps) {
    tx.insert(diagnosticFollowUps)
      .values({
        id: crypto.randomUUID(),
        workspaceId,
        diagnosticId: lastYearId,
        ruleKey: f.ruleKey,
        title: f.title,
        ownerId: user(f.owner),
        dueOn: f.dueOn,
        status: f.status,
        createdBy: user(EDITOR),
        createdAt: completedAt,
        updatedAt: completedAt,
      })
      .run();
  }

  const thisYearId = crypto.randomUUID();
  tx.insert(diagnostics)
    .values({
      id: thisYearId,
      workspaceId,
      title: `Autodiagnostic ${year}`,
      heldOn: isoDay(now),
      status: 'in_progress',
      questionnaireVersion: CURRENT_QUESTIONNAIRE_VERSION,
      createdBy: user(EDITOR),
      createdAt: now,
      updatedAt: now,
    })
    .run();
  const questionnaire = getQuestionnaire(CURRENT_QUESTIONNAIRE_VERSION);
  for (const dimension of questionnaire.dimensions) {
    const assignees = ['mobilisation', 'civil_society'].includes(dimension.key) ? [CONTRIBUTOR, EDITOR] : [EDITOR];
    for (const email of assignees) {
      tx.insert(diagnosticAssignments)
        .values({ id: crypto.randomUUID(), workspaceId, diagnosticId: thisYearId, dimension: dimension.key, userId: user(email), createdAt: now })
        .run();
    }
  }
  insertAnswers(tx, workspaceId, thisYearId, THIS_YEAR, user(EDITOR), now);
  insertAnswers(tx, workspaceId, thisYearId, CONTRIBUTOR_ANSWERS, user(CONTRIBUTOR), now);
  return { lastYearId, thisYearId };
}
