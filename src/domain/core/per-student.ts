import { divide } from './divide';

/**
 * 生均…: amount ÷ students.
 * @example
 * perStudent(2250, 500); // 4.5  (2,250 m² of teaching space for 500 students)
 */
export function perStudent(amount: number, students: number): number {
  return divide(amount, students, '学生数 / students');
}
