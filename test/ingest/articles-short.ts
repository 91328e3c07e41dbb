/** Short news briefs written for the ingest tests (fictional): a few hundred characters of body, all there is. */
import type { TestArticle } from "./articles.js";

export const SHORT_ARTICLES: TestArticle[] = [
  {
    slug: "gas-leak-high-street",
    title: "Gas leak closes part of High Street",
    date: "2024-02-07",
    time: "09:20",
    byline: "Imogen Pratt",
    section: "News",
    paragraphs: [
      "Part of High Street in Carrow was closed on Wednesday morning after a gas leak was reported outside the post office.",
      "Engineers isolated the supply by 11am and the road reopened shortly after noon. Six shops were evacuated as a precaution, and no one was hurt.",
      "The gas network said a corroded joint on a pipe laid in the 1960s was to blame and would be replaced overnight.",
    ],
  },
  {
    slug: "swimming-pool-reopens",
    title: "Swimming pool reopens after roof repair",
    date: "2024-03-18",
    time: "14:05",
    byline: "Callum Reid",
    section: "Local",
    paragraphs: [
      "Brenton leisure centre's swimming pool reopened on Monday, four months after part of its roof was damaged in a storm.",
      "The repair cost \u00a3380,000, paid for by the centre's insurer. Early morning lane swimming returns from next week, and lessons for children resume after Easter.",
      "\u201cWe are very grateful for everyone's patience,\u201d the centre's manager, Ruth Okafor, said.",
    ],
  },
  {
    slug: "stolen-tractor-found",
    title: "Stolen vintage tractor found in barn forty miles away",
    date: "2024-04-02",
    time: "18:45",
    byline: "Hal Jennings",
    section: "Crime",
    paragraphs: [
      "A vintage tractor stolen from a farm show in Wexley last month has been found in a barn forty miles away, police said.",
      "The red 1952 tractor, which its owner had spent eleven years restoring, was recovered undamaged on Tuesday. Two men, aged 34 and 51, have been arrested on suspicion of handling stolen goods.",
    ],
  },
  {
    slug: "bookshop-award",
    title: "Village bookshop named best in the region",
    date: "2024-05-11",
    time: "11:30",
    byline: "Nadia Kovacs",
    section: "Business",
    paragraphs: [
      "A bookshop in the village of Amble Cross has been named the best independent bookseller in the region at an awards evening in Harford.",
      "Judges praised its weekly story hour for toddlers and a postal service that sends books to readers in remote farms. The shop opened in a former bank in 2019 and now employs four people.",
    ],
  },
];
