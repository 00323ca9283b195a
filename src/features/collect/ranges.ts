/**
 * Plausible ranges of the seven indicators and of 学生数: a value outside is almost surely a
 * typing mistake (a unit slip, an extra zero), so collect lists it for the school to confirm.
 * One table, with why each bound.
 */
export interface PlausibleRange { min: number; max: number; why: string }

/** By indicator id (RESOURCE_INDICATORS) plus 'students'. */
export const PLAUSIBLE: Readonly<Record<string, PlausibleRange>> = {
  // 100 students per class-sized group need ~5 teachers; more than 50 teachers per 100 students
  // would be one teacher per two pupils, which no ordinary school has.
  qualified_teachers_per100: { min: 0, max: 50, why: '每百名学生超过50名教师不可能 / over 50 per 100 students is impossible' },
  backbone_teachers_per100: { min: 0, max: 50, why: '每百名学生超过50名教师不可能 / over 50 per 100 students is impossible' },
  pe_art_teachers_per100: { min: 0, max: 50, why: '每百名学生超过50名教师不可能 / over 50 per 100 students is impossible' },
  // The standards are 4.5/5.8 m²; 100 m² per pupil would be a building of 10 000 m² for 100 pupils.
  teaching_space_per_student: { min: 0, max: 100, why: '生均超过100 m²，多为单位错误 / over 100 m² per student: a unit slip' },
  // Standards 7.5/10.2 m²; a full 400 m track ground is ~10 000 m², so 300 m² per pupil is a mistake.
  sports_space_per_student: { min: 0, max: 300, why: '生均超过300 m²，多为单位错误 / over 300 m² per student: a unit slip' },
  // Standards 2000/2500 元; 100 000 元 per pupil is forty times the standard (万元 typed as 元).
  equipment_value_per_student: { min: 0, max: 100000, why: '生均超过10万元，多为单位错误 / over 100 000 yuan per student: a unit slip' },
  // Standards 2.3/2.4 rooms per 100; 50 rooms per 100 pupils is a room for every two.
  multimedia_rooms_per100: { min: 0, max: 50, why: '每百名学生超过50间不可能 / over 50 rooms per 100 students is impossible' },
  // The largest Chinese compulsory schools have ~15 000 pupils; 0 is no school.
  students: { min: 1, max: 20000, why: '学生数应在1至20000之间 / students between 1 and 20 000' },
};
