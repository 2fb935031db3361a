/**
 * Invented name parts and news vocabulary for the synthetic corpus. The names
 * are combined at random, so any resemblance to a real person is chance.
 */

// Korean surnames in northern and southern romanisations ("Ri"/"Lee", "Pak"/"Park").
export const KOREAN_SURNAMES = [
  "Kim", "Ri", "Pak", "Choe", "Kang", "Jang", "O", "Mun", "Han", "Yun", "Jon", "Hwang", "Ko", "Sin",
  "Ryu", "Jo", "Son", "Paek", "Ju", "Kye", "Lee", "Park", "Choi", "Jung", "Yoon", "Seo", "Bae", "Kwon",
];
export const KOREAN_SYLLABLES = [
  "chol", "song", "il", "kyong", "hui", "min", "yong", "nam", "kwang", "su", "myong", "hak", "chun",
  "hyok", "ok", "sun", "jin", "ho", "gwang", "ung", "ryong", "dae", "hyun", "jae", "eun", "ha", "se",
];

export const GIVEN_NAMES = [
  // Russian, Iranian, Latin American, African, Chinese, other
  "Anatoly", "Sergei", "Irina", "Galina", "Oleg", "Yelena", "Dmitri", "Svetlana",
  "Dariush", "Shirin", "Hossein", "Parvin", "Kamran", "Farhad", "Leila", "Mehdi",
  "Valeria", "Ernesto", "Fabián", "Mariana", "Rodrigo", "Daniela", "Rafael", "Lucía",
  "Wanjiru", "Chukwuemeka", "Ngozi", "Kwame", "Amina", "Tendai", "Oluwaseun", "Fatoumata",
  "Liwen", "Peiyu", "Wenbo", "Jiahui", "Guoqiang", "Meilin", "Tomás", "Ingrid",
];
export const FAMILY_NAMES = [
  "Veretennikov", "Bazhanov", "Solodova", "Mitrofanov", "Pruzhinina", "Gromov", "Kudryavtsev",
  "Karimzadeh", "Ardalani", "Safavi", "Nourbakhsh", "Tabrizi", "Moradian",
  "Quintana Robles", "Villacís Mora", "Carrión Loja", "Salcedo Ibarra", "Urdaneta", "Briceño Duque",
  "Mwangi-Otieno", "Ndegwa", "Adebayo", "Eze-Okafor", "Mensah", "Diallo", "Chikwanha",
  "Ferreyra", "Lindqvist", "Okonkwo", "Petrescu",
];
export const CHINESE_SURNAMES = ["Zhao", "Lu", "Tang", "Wang", "Chen", "Liu", "Xu", "Gao", "Lin", "Zheng"];

export const TITLES = [
  "vice minister of railways", "first secretary", "trade counsellor", "deputy ambassador",
  "provincial party secretary", "director of the light industry department", "army general",
  "deputy governor", "mayor", "senator", "deputy foreign minister", "chief of the general staff",
  "chairman of the state planning commission", "consul general", "police chief", "central bank governor",
];
export const PLACES = [
  "Pyongyang", "Seoul", "Beijing", "Shanghai", "Hanoi", "Vientiane", "Bucharest", "Moscow", "Vologda",
  "Tehran", "Isfahan", "Caracas", "Cuenca", "Nairobi", "Nyeri", "Ulaanbaatar", "Khabarovsk", "Yanji",
  "Hamhung", "Chongjin", "Sinuiju", "Tumen", "Bangkok", "Geneva",
];
export const COUNTRIES = ["South Korea", "China", "Russia", "Vietnam", "Laos", "Thailand", "Mongolia", "Iran", "Kenya", "Venezuela", "Romania"];
export const ORGS = [
  "the Ministry of State Security", "the Workers' Party", "the National Intelligence Service",
  "the Ministry of Unification", "the Investigative Committee", "the National Electoral Council",
  "the foreign ministry", "the Central Commission for Discipline Inspection", "the judiciary",
];
export const SOURCES = [
  "according to a Japanese newspaper", "a ministry spokesman said", "state media reported",
  "according to people familiar with the matter", "a Seoul-based monitoring group said",
  "officials told reporters", "according to a diplomat in the capital", "his lawyer said",
  "the agency said in a statement", "lawmakers who attended the briefing said",
];
export const HEDGES = ["reportedly", "allegedly", "apparently", "is believed to have", "was said to have"];
export const MONTHS = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
];
export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
