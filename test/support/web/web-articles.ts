/**
 * Invented articles for the web tests: one person under two spellings (Pak
 * Chol-min / Park Chol Min) whose execution the sources date differently, two
 * near names a reviewer must judge (Jang Sung-il / Chang Sung-gil), one
 * hostile article whose text, title and URL carry markup, and an event its
 * text does not date.
 */
export const HOSTILE_TEXT = `<script>alert(1)</script>`;
export const HOSTILE_ATTR = `"><img src=x onerror=alert(1)>`;

export interface WebArticle { name: string; record: { text: string; url: string; title: string; published: string; outlet: string } }

export const WEB_ARTICLES: WebArticle[] = [
  {
    name: "01-pak-executed.json",
    record: {
      title: "Railway vice minister Pak Chol-min executed, paper says",
      url: "https://east-wire.example/2021/02/10/pak-executed",
      published: "2021-02-10",
      outlet: "East Wire",
      text: "North Korea executed Pak Chol-min, a vice minister of railways, in late January, according to a Japanese newspaper.\n\n" +
        "Pak was allegedly blamed for a derailment near Sinuiju. The report was made public on February 9.\n\n" +
        "Analysts said the execution could not be confirmed independently.",
    },
  },
  {
    name: "02-park-executed.json",
    record: {
      title: "Park Chol Min was shot in December, defector group says",
      url: "https://harbour-daily.example/nk/park-chol-min",
      published: "2021-03-02",
      outlet: "Harbour Daily",
      text: "Park Chol Min, the vice minister of railways, was executed in December 2020, a defector group said on Monday.\n\n" +
        "The group said Park had been detained in November 2020 after an inspection of the northern line.",
    },
  },
  {
    name: "03-volkonsky-dismissed.json",
    record: {
      title: "Minsk deputy mayor Sergei Volkonsky dismissed",
      url: "https://minsk-courier.example/2018/03/volkonsky",
      published: "2018-03-21",
      outlet: "Minsk Courier",
      text: "Sergei Volkonsky, the deputy mayor of Minsk, was dismissed on March 20, 2018, the city council said.\n\n" +
        "Volkonsky had run the transport department since 2014.",
    },
  },
  {
    name: "04-volkonsky-detained.json",
    record: {
      title: "Almaty businessman Sergey Volkonsky detained",
      url: "https://steppe-news.example/volkonsky-detained",
      published: "2021-10-05",
      outlet: "Steppe News",
      text: "Sergey Volkonsky, a grain trader, was detained in Almaty on October 4, 2021, police said.\n\n" +
        "His lawyer said the charges were political.",
    },
  },
  {
    name: "05-hostile.json",
    record: {
      title: `Official detained <b>${HOSTILE_TEXT}</b>`,
      url: `javascript:alert(1)`,
      published: "2022-06-17",
      outlet: `Outlet ${HOSTILE_ATTR}`,
      text: `Ri Yong-ho, a trade official, was detained in Pyongyang on June 3, 2022, officials said. ${HOSTILE_TEXT}\n\n` +
        `A posted comment read ${HOSTILE_ATTR} under the story about Ri Yong-ho.`,
    },
  },
  {
    // The text does not say when he defected: the event is undated, reported 2016-08-20.
    name: "06-kang-defected.json",
    record: {
      title: "Trade official Kang Myong-chol in Seoul",
      url: "https://east-wire.example/2016/08/20/kang",
      published: "2016-08-20",
      outlet: "East Wire",
      text: "Kang Myong-chol, a former trade official, defected to South Korea, his relatives told the paper.",
    },
  },
];
