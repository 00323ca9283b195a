/**
 * The seven school-level resource indicators of 《县域义务教育优质均衡发展督导评估办法》 in the order
 * the standard lists them, which is the order EDU.COUNTMET and EDU.SCHOOLPASS read a school's values.
 */
export const RESOURCE_INDICATORS = [
  'qualified_teachers_per100',
  'backbone_teachers_per100',
  'pe_art_teachers_per100',
  'teaching_space_per_student',
  'sports_space_per_student',
  'equipment_value_per_student',
  'multimedia_rooms_per100',
] as const;
