/**
 * The fixed ids of the seeded records, so tests, the demo and the e2e
 * specs can name them. The first employee, María José Peña, is the demo's
 * showcase: pending (window open), enrolled, waived and inactive
 * enrollments, a spouse and two children.
 */
export const SEED = {
  organizationId: 'org_ksg6Z4lGeB8F0ZJo',
  employers: {
    harbor: 'empr_CDU35cdwmKXU32oK',
    northwind: 'empr_Bov970GSGNPFWxMm',
  },
  employees: {
    maria: 'empl_lK_g9W2aHfP_Q7s2',
    liam: 'empl_rEF1IkfX4Jkr8BPA',
    longName: 'empl_xMEptaB_Y1ZNwYD2',
    zoe: 'empl_0C2Jt974bn-J0lzN',
    jeanLuc: 'empl_k5bWlOKNVhRHE1w1',
    chloe: 'empl_nYMNK4LMrWFYufpw',
    kwame: 'empl_T1t1Kw1Qx_qx2Id8',
  },
  members: {
    maria: 'mbr_j0qk7cPZlxyabXkA',
    liam: 'mbr_YROyQ0s9z1UralF3',
    longName: 'mbr_2CSx_hmPcyVwtbCS',
    zoe: 'mbr_gd7iofsywH7tEWaB',
    jeanLuc: 'mbr_fa79jCMLgL6iVo5G',
    chloe: 'mbr_VntTekinXOS2Xw0V',
    kwame: 'mbr_67WhUmE5JwLuSq4L',
  },
  dependents: {
    andres: 'dpnd_4W-mKknPObgYXBzh',
    sofia: 'dpnd_LlDCxTyGWVCZGfg-',
    mateo: 'dpnd_zFF4eedg89SYjsrW',
    lea: 'dpnd_EkBQFYIMZrkXZ1TP',
  },
  products: {
    harborMedical: 'bprd_v1dXorldkdo0n8-h',
    harborDental: 'bprd_bt2BnlwabkjEaNV6',
    harborVision: 'bprd_tdIG_9gyw6K736je',
    harborHospital: 'bprd_3J_2Oud9Z5_0fnPS',
    northwindMedical: 'bprd_UrbMGrsRpYNo0rmG',
    northwindDental: 'bprd_63UTLBomTkXou7nW',
  },
  plans: {
    essentialsBronze: 'plan_CR92mv3ELcslmg_N',
    essentialsSilver: 'plan_SQ9AdbqHW-AGRth2',
    dentalBasic: 'plan_2q2zG0RJM5-zvn00',
    dentalPlus: 'plan_0UfY_YjxH0XFRF-j',
    visionStandard: 'plan_EztZMBkD71xLOmlU',
    hospitalIndemnity: 'plan_Uncr6KeC0xbPv7LS',
    mecPlusGold: 'plan_JuM3CElPZxn4A-dS',
    mecPlusSilver: 'plan_gwoluLlziMBI5KGh',
    northwindDental: 'plan_MFNqKswxcgdYqXv1',
  },
  enrollments: {
    /** Pending, window open: the one the demo elects. */
    mariaMedical: 'enrl_w16VwE8Y0iDPEdb5',
    mariaDental: 'enrl_an-fbViBYF1EL_l9',
    mariaVision: 'enrl_7PbvZprLPWC1zAHT',
    mariaHospital: 'enrl_F9KswRg6ViuuonyG',
    liamMedical: 'enrl_K5QpuMQAfHmXggHJ',
    liamDental: 'enrl_tcD0HAIXrKe_VWR1',
    liamVision: 'enrl_H8Cw8XG8qLvnAxU4',
    longNameMedical: 'enrl_5Kk2yd5PaVWUu9JA',
    longNameDental: 'enrl_j5bpSjPD_EzXG4Ko',
    /** Pending, but its window has closed. */
    longNameVision: 'enrl_Kg59Qa73ZfuAtVx2',
    jeanLucMedical: 'enrl_LBvC-VipM-K3Mltx',
    jeanLucDental: 'enrl_NeX6bzppkHuklqnQ',
    chloeMedical: 'enrl_SfXBqoKJlB1x-2q3',
    chloeDental: 'enrl_pc8l48dhe_Zt9ygm',
    kwameMedical: 'enrl_vJ5Js-jTqJwP2y-a',
    kwameDental: 'enrl_PVHGtpBzWN_o4aEK',
  },
  qualifyingLifeEvents: {
    mariaBirth: 'qle_YljC7d397wtr1tib',
    liamMove: 'qle_4YeyVvruixFdyPHw',
  },
} as const
