/** 分工: who drafts a part of a shared report and how far it is. (No Yjs here: the main bundle imports it.) */
import type { ReportPart } from '../model/part.ts';

export const ASSIGNMENT_STATUSES = ['起草中', '待审', '已定稿'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export interface Assignment {
  readonly person: string;
  readonly status: AssignmentStatus;
}

export type Assignments = Partial<Record<ReportPart, Assignment>>;
