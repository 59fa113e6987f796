package org.attest.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * One case per rule: sentence, anchor (publication date, or empty for none), the expected span
 * text, type, value and mod. The sentence fixes the tense cues the direction heuristic reads.
 */
class TimeNormalizerTest {

  private final TimeNormalizer normalizer = new TimeNormalizer();

  private Timex only(String text, String anchor, String expectedText) {
    List<Timex> all = normalizer.annotate(text, anchor == null || anchor.isEmpty() ? null : LocalDate.parse(anchor));
    return all.stream().filter(t -> t.text().equals(expectedText)).findFirst()
        .orElseThrow(() -> new AssertionError("no timex '" + expectedText + "' in " + all));
  }

  @ParameterizedTest(name = "[{1}] {0} -> {2} {3} {4}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # absolute dates, months, years
      The plant opened on July 24, 2003.                  | 2011-10-03 | July 24, 2003          | DATE | 2003-07-24 | -
      The plant opened on July 24 , 2003 .                | 2011-10-03 | July 24 , 2003         | DATE | 2003-07-24 | -
      It opened on 11 December 2009.                      | 2011-10-03 | 11 December 2009       | DATE | 2009-12-11 | -
      It opened on 2008-01-09.                            | 2011-10-03 | 2008-01-09             | DATE | 2008-01-09 | -
      It opened on 7/8/07.                                | 2011-10-03 | 7/8/07                 | DATE | 2007-07-08 | -
      It opened in May 2008.                              | 2011-10-03 | May 2008               | DATE | 2008-05    | -
      It opened in 1998.                                  | 2011-10-03 | 1998                   | DATE | 1998       | -
      # months without a year: the sentence's tense picks the year
      Sales fell in January.                              | 2011-10-03 | January                | DATE | 2011-01    | -
      Sales will rise in January.                         | 2011-10-03 | January                | DATE | 2012-01    | -
      Sales fell in December.                             | 2011-03-03 | December               | DATE | 2010-12    | -
      The vote is scheduled for November.                 | 2011-10-03 | November               | DATE | 2011-11    | -
      The plant opened on June 18.                        | 2008-07-02 | June 18                | DATE | 2008-06-18 | -
      The plant will open on March 3.                     | 2008-07-02 | March 3                | DATE | 2009-03-03 | -
      Sales fell in January.                              | -          | January                | DATE | XXXX-01    | -
      Shares rose to a high in June from $29 in March.    | 1989-10-30 | March                  | DATE | 1989-03    | -
      It created an office effective Feb. 1.              | 1989-10-26 | Feb. 1                 | DATE | 1990-02-01 | -
      Costs rose under a pact effective June 1.           | 1989-10-26 | June 1                 | DATE | 1990-06-01 | -
      Output in December: 12,000 cars.                    | 2011-08-03 | December               | DATE | 2010-12    | -
      On April 8, police wondered how he could have fled. | 1999-05-05 | April 8                | DATE | 1999-04-08 | -
      The plant will open on June 18.                     | 2008-11-02 | June 18                | DATE | 2009-06-18 | -
      # quarters and halves
      Profit fell in the first half of the year.          | 2025-08-01 | the first half of the year | DATE | 2025-H1 | -
      Profit fell in the first half of the year.          | -          | the first half of the year | DATE | XXXX-H1 | -
      Profit will rise in the second half of 2025.        | 2025-08-01 | the second half of 2025 | DATE | 2025-H2   | -
      Profit rose in Q1 2025.                             | 2025-08-01 | Q1 2025                | DATE | 2025-Q1    | -
      Profit rose in 2025-Q1.                             | 2025-08-01 | 2025-Q1                | DATE | 2025-Q1    | -
      Profit rose in 2025-H1.                             | 2025-08-01 | 2025-H1                | DATE | 2025-H1    | -
      Profit rose in H2 2024.                             | 2025-08-01 | H2 2024                | DATE | 2024-H2    | -
      Profit rose in the fourth quarter of 2005.          | 2006-01-27 | the fourth quarter of 2005 | DATE | 2005-Q4 | -
      Profit rose in the first quarter of last year.      | 2009-05-07 | the first quarter of last year | DATE | 2008-Q1 | -
      Profit fell in the fourth quarter.                  | 2006-01-27 | the fourth quarter     | DATE | 2005-Q4    | -
      Profit will rise in the fourth quarter.             | 2006-08-19 | the fourth quarter     | DATE | 2006-Q4    | -
      Its third-quarter profit fell.                      | 2009-11-03 | third-quarter          | DATE | 2009-Q3    | -
      Profit fell in the last quarter.                    | 2007-01-18 | the last quarter       | DATE | 2006-Q4    | -
      # seasons, weeks, decades, centuries
      It launched this summer.                            | 2011-10-03 | this summer            | DATE | 2011-SU    | -
      It will launch in summer 2012.                      | 2011-10-03 | summer 2012            | DATE | 2012-SU    | -
      It launched last week.                              | 2004-11-24 | last week              | DATE | 2004-W47   | -
      It launches this week.                              | 2006-03-28 | this week              | DATE | 2006-W13   | -
      Tours start this weekend.                           | 2010-01-25 | this weekend           | DATE | 2010-W04-WE | -
      Music of the 1970s.                                 | 2011-10-03 | the 1970s              | DATE | 197        | -
      Music of the 70s.                                   | 2011-10-03 | the 70s                | DATE | 197        | -
      Ideas of the 21st century.                          | 2011-10-03 | the 21st century       | DATE | 20         | -
      # days relative to the publication date
      It happened yesterday.                              | 2010-06-08 | yesterday              | DATE | 2010-06-07 | -
      It happens today.                                   | 2010-06-08 | today                  | DATE | 2010-06-08 | -
      It happens tomorrow.                                | 2010-06-08 | tomorrow               | DATE | 2010-06-09 | -
      It happened yesterday.                              | -          | yesterday              | DATE | XXXX-XX-XX | -
      They met on Tuesday.                                | 2009-12-16 | Tuesday                | DATE | 2009-12-15 | -
      They will meet on Wednesday.                        | 2006-03-28 | Wednesday              | DATE | 2006-03-29 | -
      They met last Tuesday.                              | 2009-12-16 | last Tuesday           | DATE | 2009-12-15 | -
      They met last Wednesday.                            | 2009-12-16 | last Wednesday         | DATE | 2009-12-09 | -
      They meet next Monday.                              | 2009-12-16 | next Monday            | DATE | 2009-12-21 | -
      They met Friday morning.                            | 2010-07-17 | Friday morning         | TIME | 2010-07-16TMO | -
      Apple announced it this morning.                    | 2008-01-09 | this morning           | TIME | 2008-01-09TMO | -
      The fire started last night.                        | 2008-01-09 | last night             | TIME | 2008-01-08TNI | -
      It happened two weeks ago.                          | 2011-10-03 | two weeks ago          | DATE | 2011-W38   | -
      It happened three years ago.                        | 2011-10-03 | three years ago        | DATE | 2008       | -
      It happened five days ago.                          | 2011-10-03 | five days ago          | DATE | 2011-09-28 | -
      Earlier this year, sales fell.                      | 2011-10-03 | Earlier this year      | DATE | 2011       | -
      It closed last month.                               | 2010-08-09 | last month             | DATE | 2010-07    | -
      It opens next month.                                | 2011-08-08 | next month             | DATE | 2011-09    | -
      It opens next year.                                 | 2008-12-12 | next year              | DATE | 2009       | -
      It opened last year.                                | 2006-01-23 | last year              | DATE | 2005       | -
      It opened this year.                                | 2007-12-20 | this year              | DATE | 2007       | -
      Sales rose in the end of this year.                 | 2011-05-29 | the end of this year   | DATE | 2011       | END
      Sales fell at the end of last year.                 | 2009-02-18 | the end of last year   | DATE | 2008       | END
      # relative to the last mentioned date
      It was filed on June 3, 2005. The next day it was approved. | 2011-10-03 | The next day | DATE | 2005-06-04 | -
      It was filed in May 2005. The following month it was approved. | 2011-10-03 | The following month | DATE | 2005-06 | -
      It was filed in 2005. The following year it was approved. | 2011-10-03 | The following year | DATE | 2006 | -
      It was filed in 2005. The previous year it was drafted. | 2011-10-03 | The previous year | DATE | 2004 | -
      It was filed on June 3, 2005, and approved three days later. | 2011-10-03 | three days later | DATE | 2005-06-06 | -
      It was filed on June 3, 2005. The day before, it was drafted. | 2011-10-03 | The day before | DATE | 2005-06-02 | -
      # mods
      It must be built by October 2024.                   | 2024-03-01 | October 2024           | DATE | 2024-10    | ON_OR_BEFORE
      It was built in late 2024.                          | 2025-03-01 | late 2024              | DATE | 2024       | END
      It will be built in early 2025.                     | 2024-03-01 | early 2025             | DATE | 2025       | START
      It was built in mid-May.                            | 2024-08-01 | mid-May                | DATE | 2024-05    | MID
      It will be built by mid-May.                        | 2024-08-01 | mid-May                | DATE | 2025-05    | MID
      It took about three years.                          | 2024-08-01 | about three years      | DURATION | P3Y   | APPROX
      It took more than two years.                        | 2024-08-01 | more than two years    | DURATION | P2Y   | MORE_THAN
      It took almost two and a half years.                | 2009-12-16 | almost two and a half years | DURATION | P2.5Y | LESS_THAN
      She spent about 5 1/2 hours in Nairobi.             | 1998-08-17 | about 5 1/2 hours      | DURATION | PT5H30M | APPROX
      They lived in the camps for 2 1/2 years.            | 1998-02-27 | 2 1/2 years            | DURATION | P2.5Y   | -
      A minute and a half later the pilot called.         | 1998-01-14 | A minute and a half    | DURATION | PT1M30S | -
      The talks lasted a day and a half.                  | 1998-01-14 | a day and a half       | DURATION | P1DT12H | -
      It took half an hour.                               | 1998-01-14 | half an hour           | DURATION | PT30M   | -
      # durations, sets, references, times of day
      It took two years.                                  | 2024-08-01 | two years              | DURATION | P2Y   | -
      It took twenty-one months.                          | 2024-08-01 | twenty-one months      | DURATION | P21M  | -
      It lasted thirty minutes.                           | 2024-08-01 | thirty minutes         | DURATION | PT30M | -
      It lasted 3 months.                                 | 2024-08-01 | 3 months               | DURATION | P3M   | -
      Over its fifty-year service life.                   | 2024-08-01 | fifty-year             | DURATION | P50Y  | -
      Prices rose over the past decade.                   | 2005-06-06 | the past decade        | DURATION | P10Y  | -
      It will change within the next six months.          | 2008-01-09 | the next six months    | DURATION | P6M   | -
      It has taken several years.                         | 2008-05-24 | several years          | DURATION | PXY   | -
      They meet every week.                               | 2024-08-01 | every week             | SET  | P1W         | -
      They deliver 15 a year.                             | 2008-03-01 | a year                 | SET  | P1Y         | -
      They publish an annual report.                      | 2008-03-01 | annual                 | DURATION | P1Y     | -
      It is open now.                                     | 2024-08-01 | now                    | DATE | PRESENT_REF | -
      It recently opened.                                 | 2024-08-01 | recently               | DATE | PAST_REF    | -
      It will open in the future.                         | 2024-08-01 | the future             | DATE | FUTURE_REF  | -
      It landed at 18:00 UTC on Tuesday.                  | 2009-12-16 | 18:00 UTC on Tuesday   | TIME | 2009-12-15T18:00Z | -
      It landed at 5:30 p.m. today.                       | 2009-12-16 | 5:30 p.m. today        | TIME | 2009-12-16T17:30 | -
      # more anchor- and reference-relative rules
      It opened last May.                                 | 2011-10-03 | last May               | DATE | 2011-05    | -
      It opened last November.                            | 2011-10-03 | last November          | DATE | 2010-11    | -
      It opens next March.                                | 2011-10-03 | next March             | DATE | 2012-03    | -
      It opens three years from now.                      | 2011-10-03 | three years from now   | DATE | 2014       | -
      It was filed in 2005. A year earlier it was drafted. | 2011-10-03 | A year earlier        | DATE | 2004       | -
      It was filed on June 3, 2005. The same day it was approved. | 2011-10-03 | The same day | DATE | 2005-06-03 | -
      It was filed on June 3, 2005. The following week it was approved. | 2011-10-03 | The following week | DATE | 2005-W23 | -
      It will be announced later today.                   | 2011-10-03 | later today            | DATE | 2011-10-03 | -
      Results come next quarter.                          | 2011-10-03 | next quarter           | DATE | 2012-Q1    | -
      Results came this quarter.                          | 2011-10-03 | this quarter           | DATE | 2011-Q4    | -
      It snowed last winter.                              | 2011-10-03 | last winter            | DATE | 2010-WI    | -
      It opens the day after tomorrow.                    | 2011-10-03 | the day after tomorrow | DATE | 2011-10-05 | -
      It opens tonight.                                   | 2011-10-03 | tonight                | TIME | 2011-10-03TNI | -
      It opens at noon.                                   | 2011-10-03 | noon                   | TIME | 2011-10-03T12:00 | -
      It opened last weekend.                             | 2011-10-03 | last weekend           | DATE | 2011-W39-WE | -
      It grew over the past decade.                       | -          | the past decade        | DURATION | P10Y  | -
      It opened last week.                                | -          | last week              | DATE | XXXX-WXX   | -
      They met on Tuesday.                                | -          | Tuesday                | DATE | XXXX-WXX-2 | -
      Profit rose in Q1.                                  | -          | Q1                     | DATE | XXXX-Q1    | -
      They meet every Monday.                             | 2011-10-03 | every Monday           | SET  | XXXX-WXX-1 | -
      They meet twice a year.                             | 2011-10-03 | twice a year           | SET  | P1Y        | -
      Sales are reported annually.                        | 2011-10-03 | annually               | SET  | P1Y        | -
      It is open at present.                              | 2011-10-03 | at present             | DATE | PRESENT_REF | -
      Prices rose more recently.                          | 2011-10-03 | more recently          | DATE | PAST_REF   | -
      It opens very soon.                                 | 2011-10-03 | very soon              | DATE | FUTURE_REF | -
      It grew for years.                                  | 2011-10-03 | years                  | DURATION | PXY   | -
      It made money in fiscal 2009.                       | 2011-10-03 | fiscal 2009            | DATE | 2009       | -
      # the year a report is about, and the twelve months a period ends with
      For the year, volume was flat.                      | 1989-11-02 | the year               | DATE | 1989       | -
      Net for the year ended March 31 rose.               | 1989-11-02 | the year               | DURATION | P1Y    | -
      It forecast a gain for the full year.               | 1989-11-02 | the full year          | DATE | 1989       | -
      Sales in the latest fiscal year were $7 billion.    | 1989-11-02 | the latest fiscal year | DATE | 1988       | -
      Sales in the current fiscal year will rise.         | 1989-11-02 | the current fiscal year | DATE | 1989      | -
      It expects to close the deal by year-end.           | 1989-11-02 | year-end               | DATE | 1989       | END
      The change is since year-end.                       | 1989-11-02 | year-end               | DATE | 1988       | END
      Rules will be in place by year's end.               | 1989-11-02 | year's end             | DATE | 1989       | END
      # unnumbered stretches ahead or behind
      The economy will slow in coming months.             | 1998-02-06 | coming months          | DATE | FUTURE_REF | -
      It will cut taxes in future quarters.               | 1989-10-26 | future quarters        | DATE | FUTURE_REF | -
      There were sell programs in past years.             | 1989-10-26 | past years             | DATE | PAST_REF   | -
      It is the only outlet now that the noose tightened. | 1990-08-16 | now                    | DATE | PRESENT_REF | -
      It started in the early 1990s.                     | 2011-10-03 | the early 1990s        | DATE | 199        | START
      It was built by the end of last year.               | 2011-10-03 | the end of last year   | DATE | 2010       | END
      It must be done before 2012.                        | 2011-10-03 | 2012                   | DATE | 2012       | BEFORE
      # one Relative mechanism: the past and the last quarter agree (issue 11's defect)
      Profit fell in the past quarter.                    | 2024-05-15 | the past quarter       | DATE | 2024-Q1    | -
      Profit fell in the last quarter.                    | 2024-05-15 | the last quarter       | DATE | 2024-Q1    | -
      Profit rose in the past year.                       | 2024-05-15 | the past year          | DATE | 2023       | -
      Profit rose in the past month.                      | 2024-05-15 | the past month         | DATE | 2024-04    | -
      Profit will rise in the coming quarter.             | 2024-05-15 | the coming quarter     | DATE | 2024-Q3    | -
      It was filed in 2005. That year it was approved.    | 2024-05-15 | That year              | DATE | 2005       | -
      It was filed in May 2005. The previous month it was drafted. | 2024-05-15 | The previous month | DATE | 2005-04 | -
      It was filed in November 2005. The following spring it was approved. | 2024-05-15 | The following spring | DATE | 2006-SP | -
      It opened last spring.                              | 2024-05-15 | last spring            | DATE | 2023-SP    | -
      It opens next summer.                               | 2024-05-15 | next summer            | DATE | 2024-SU    | -
      It opened this September.                           | 2024-05-15 | this September         | DATE | 2024-09    | -
      It opens next May.                                  | 2024-05-15 | next May               | DATE | 2025-05    | -
      It was filed in May 2005. The following June it was approved. | 2024-05-15 | The following June | DATE | 2005-06 | -
      It was filed in May 2005. Two years later it was approved. | 2024-05-15 | Two years later | DATE | 2007 | -
      It ended a decade ago.                              | 2024-05-15 | a decade ago           | DATE | 2014       | -
      It ended ten days ago.                              | 2024-05-15 | ten days ago           | DATE | 2024-05-05 | -
      It opens two weeks from now.                        | 2024-05-15 | two weeks from now     | DATE | 2024-W22   | -
      It ended the week before.                           | 2024-05-15 | the week before        | DATE | 2024-W19   | -
      It opened last weekend.                             | 2024-05-15 | last weekend           | DATE | 2024-W19-WE | -
      It was filed on June 3, 2005. The next morning it was approved. | 2024-05-15 | The next morning | TIME | 2005-06-04TMO | -
      Shares rose early this week.                        | 2024-05-15 | early this week        | DATE | 2024-W20   | START
      Shares rose late last month.                        | 2024-05-15 | late last month        | DATE | 2024-04    | END
      It opened later this year.                          | 2024-05-15 | later this year        | DATE | 2024       | -
      # the period a financial report is about, and the same period a year before
      Net income rose in the third quarter. The quarter was strong. | 1989-11-02 | The quarter | DATE | 1989-Q3 | -
      Net income rose in the latest quarter.              | 1989-11-02 | the latest quarter     | DATE | 1989-Q3    | -
      Net income was 5 cents in the quarter.              | 1989-11-02 | the quarter            | DATE | 1989-Q3    | -
      Third-quarter profit rose from 3 cents a year earlier. | 1989-11-02 | a year earlier      | DATE | 1988-Q3    | -
      Third-quarter profit rose from 3 cents a year ago.  | 1989-11-02 | a year ago             | DATE | 1988-Q3    | -
      Net income rose in the third quarter from the year-earlier quarter. | 1989-11-02 | the year-earlier quarter | DATE | 1988-Q3 | -
      Sales rose in the third quarter from the year-ago period. | 1989-11-02 | the year-ago period | DATE | 1988-Q3 | -
      Sales rose in the third quarter from the same period last year. | 1989-11-02 | the same period last year | DATE | 1988-Q3 | -
      Sales rose in the third quarter from the 1988 period. | 1989-11-02 | the 1988 period     | DATE | 1988-Q3    | -
      Sales rose in this year's third quarter.            | 1989-11-02 | this year's third quarter | DATE | 1989-Q3 | -
      Sales will rise in next year's first quarter.       | 1989-11-02 | next year's first quarter | DATE | 1990-Q1 | -
      Sales rose in January. They fell in the same month a year ago. | 2009-02-10 | the same month a year ago | DATE | 2008-01 | -
      The company will report third-quarter results.      | 1989-10-20 | third-quarter          | DATE | 1989-Q3    | -
      Profit rose in fiscal second-quarter results.       | 1989-10-20 | fiscal second-quarter  | DATE | 1989-Q2    | -
      Profit was flat a year ago.                         | 1989-11-02 | a year ago             | DATE | 1988       | -
      # days: weekends, weekday with a date, holidays, times with a day
      Shares fell over the weekend.                       | 1990-08-13 | the weekend            | DATE | 1990-W32-WE | -
      They will meet over the weekend.                    | 1990-08-15 | the weekend            | DATE | 1990-W33-WE | -
      It was signed Friday, Oct. 23.                      | 1998-11-21 | Friday, Oct. 23        | DATE | 1998-10-23 | -
      It was signed Monday, Oct. 26, 1998.                | 2001-01-01 | Monday, Oct. 26, 1998  | DATE | 1998-10-26 | -
      The offer will expire at noon Thursday.             | 1998-02-10 | noon Thursday          | TIME | 1998-02-12T12:00 | -
      They met on Thanksgiving Day.                       | 1999-12-01 | Thanksgiving Day       | DATE | 1999-11-25 | -
      They will meet on Christmas Day.                    | 1999-12-01 | Christmas Day          | DATE | 1999-12-25 | -
      They met last Thanksgiving.                         | 2000-02-15 | last Thanksgiving      | DATE | 1999-11-25 | -
      It happened on Easter Sunday 2024.                  | 2025-01-01 | Easter Sunday 2024     | DATE | 2024-03-31 | -
      Voters go to the polls on Election Day.             | 1998-10-20 | Election Day           | DATE | 1998-11-03 | -
      They met on Thanksgiving Day.                       | -          | Thanksgiving Day       | DATE | XXXX-11-XX | -
      # dated days and months: the tense and how far they lie
      It declared a dividend payable Dec. 15.             | 1989-11-02 | Dec. 15                | DATE | 1989-12-15 | -
      It was sold on Dec. 15.                             | 1989-03-02 | Dec. 15                | DATE | 1988-12-15 | -
      The deadline passed on Jan. 14.                     | 2000-01-15 | Jan. 14                | DATE | 2000-01-14 | -
      He said he will testify on Feb. 10.                 | 2000-01-07 | Feb. 10                | DATE | 2000-02-10 | -
      It declared a dividend payable Jan. 2.              | 1989-11-20 | Jan. 2                 | DATE | 1990-01-02 | -
      It agreed to acquire the bank in January.           | 1989-11-02 | January                | DATE | 1990-01    | -
      Trading volume rose for November delivery.          | 1989-10-30 | November               | DATE | 1989-11    | -
      It was the largest rally since early December, when he said it would grow. | 2000-01-07 | early December | DATE | 1999-12 | START
      He has stayed there since November 25, when he was found, and will remain. | 2000-04-05 | November 25 | DATE | 1999-11-25 | -
      Sales fell in August.                               | 2011-10-03 | August                 | DATE | 2011-08    | -
      Earnings will be lower for the last half of 1989.   | 1989-11-02 | the last half of 1989  | DATE | 1989-H2    | -
      It was filed on June 3, 2005. The day before, it was drafted. | 2024-05-15 | The day before | DATE | 2005-06-02 | -
      They will appeal against Wednesday's ruling.        | 2000-01-07 | Wednesday              | DATE | 2000-01-05 | -
      Shares will open lower than at Friday's close.      | 1989-10-30 | Friday                 | DATE | 1989-10-27 | -
      # sets of a month or season, a season of a year in words
      Orangemen march each July through the town.         | 1998-03-22 | each July              | SET  | XXXX-07    | -
      The fair opens every summer.                        | 1998-03-22 | every summer           | SET  | XXXX-SU    | -
      Prices fell in the winter of nineteen ninety-four.  | 1998-02-23 | the winter of nineteen ninety-four | DATE | 1994-WI | -
      Sales rose for three quarters of 1989.              | 1989-11-02 | three quarters         | DURATION | P9M  | -
      # years in words
      The bomb exploded in nineteen ninety-six.           | 1998-02-27 | nineteen ninety-six    | DATE | 1996       | -
      It will be ready by the year two thousand.          | 1998-02-27 | the year two thousand  | DATE | 2000       | ON_OR_BEFORE
      It happened in January nineteen ninety-seven.       | 1998-02-27 | January nineteen ninety-seven | DATE | 1997-01 | -
      """)
  void rule(String text, String anchor, String span, String type, String value, String mod) {
    Timex t = only(text.trim(), anchor, span.trim());
    assertThat(t.type()).as("type").isEqualTo(type.trim());
    assertThat(t.value()).as("value").isEqualTo(value.trim());
    assertThat(t.mod()).as("mod").isEqualTo(mod == null ? null : mod.trim());
    assertThat(t.span().of(text.trim())).isEqualTo(t.text());
  }

  @Test
  void agesAndGenericTodayAreNotTimes() {
    String text = "A 6-year-old boy, 52 years old, spoke of today's youth.";
    assertThat(normalizer.annotate(text, LocalDate.of(2000, 1, 7))).isEmpty();
  }

  @Test
  void aComparisonDoesNotMoveTheReference() {
    // "a year earlier" compares with 1988-Q3; the next "a year earlier" compares with the same quarter again
    String text = "Third-quarter profit rose from 3 cents a year earlier. Sales rose from $5 a year earlier.";
    List<Timex> all = normalizer.annotate(text, LocalDate.of(1989, 11, 2));
    assertThat(all).extracting(Timex::value).containsExactly("1989-Q3", "1988-Q3", "1988-Q3");
  }

  @Test
  void theDayBeforeAnEventTheTextNamesIsNotTheDayBeforeTheLastDate() {
    String text = "He was last seen Nov. 3, the day before authorities issued a warrant.";
    assertThat(normalizer.annotate(text, LocalDate.of(1999, 5, 7))).extracting(Timex::text).containsExactly("Nov. 3");
  }

  @Test
  void fractionsAndAgesInDecadesAreNotTimes() {
    String text = "Iraq imports about three-quarters of its food. His stepmother married his father when he was in his 30s.";
    assertThat(normalizer.annotate(text, LocalDate.of(1990, 8, 15))).isEmpty();
  }

  @Test
  void quantitiesAndModalsAreNotTimes() {
    String text = "It cut 2,000 jobs and hired 1500 people. May I ask? The 2000 employees march on.";
    assertThat(normalizer.annotate(text, LocalDate.of(2010, 1, 1))).isEmpty();
  }

  @Test
  void outputIsInTextOrderAndDoesNotOverlap() {
    String text = "On March 3, 2005 and in the first quarter of 2006, about two years ago, every week.";
    List<Timex> all = normalizer.annotate(text, LocalDate.of(2010, 1, 1));
    assertThat(all).hasSizeGreaterThanOrEqualTo(4);
    for (int i = 1; i < all.size(); i++) {
      assertThat(all.get(i).span().begin()).isGreaterThanOrEqualTo(all.get(i - 1).span().end());
    }
  }

  @Test
  void emptyTextHasNoTimes() {
    assertThat(normalizer.annotate("", null)).isEmpty();
  }
}
