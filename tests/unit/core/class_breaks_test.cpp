// core class bounds: equal interval, quantiles and Jenks natural breaks, including
// NULL-like values, ties, one distinct value and a brute-force check of optimality.

#include "core/model/class_breaks.h"
#include "support/test_support.h"

#include <cmath>
#include <limits>
#include <random>

using namespace atlas::core;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

// Least within-class squared deviation over every split of sorted `x` into `k` classes that
// keeps equal values together: the definition Jenks breaks must meet.
double bestCost(const std::vector<double>& x, int k, std::size_t from = 0)
{
    auto cost = [&](std::size_t a, std::size_t b) {
        double mean = 0;
        for (std::size_t i = a; i < b; ++i)
            mean += x[i];
        mean /= double(b - a);
        double s = 0;
        for (std::size_t i = a; i < b; ++i)
            s += (x[i] - mean) * (x[i] - mean);
        return s;
    };
    if (k == 1)
        return cost(from, x.size());
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t end = from + 1; end + std::size_t(k - 1) <= x.size(); ++end) {
        if (x[end - 1] == x[end])
            continue;
        best = std::min(best, cost(from, end) + bestCost(x, k - 1, end));
    }
    return best;
}

double costOfBreaks(const std::vector<double>& x, const QList<double>& b)
{
    double total = 0;
    for (qsizetype c = 0; c + 1 < b.size(); ++c) {
        double sum = 0, n = 0;
        std::vector<double> in;
        for (double v : x)
            if ((c == 0 ? v >= b[0] : v > b[c]) && v <= b[c + 1])
                in.push_back(v);
        for (double v : in) {
            sum += v;
            n += 1;
        }
        for (double v : in)
            total += (v - sum / n) * (v - sum / n);
    }
    return total;
}

}  // namespace

TEST_CASE("Jenks finds the known natural breaks", "[core][classify]")
{
    // Three obvious groups.
    CHECK(jenksBreaks({0.0, 0.5, 1.0, 10, 10.5, 11, 20, 20.5, 21}, 3) == QList<double>{0, 1, 11, 21});
    // A worked example also used by other Jenks implementations' documentation.
    CHECK(jenksBreaks({1.3, 7.1, 7.3, 2.3, 3.9, 4.1, 7.8, 1.2, 4.3, 7.3, 5.0, 4.3}, 3) ==
          QList<double>{1.2, 2.3, 5.0, 7.8});
    CHECK(jenksBreaks({4, 5, 9, 10}, 2) == QList<double>{4, 5, 10});
}

TEST_CASE("Jenks breaks are optimal on random data (brute force)", "[core][classify]")
{
    std::mt19937 rng(42);
    std::uniform_int_distribution<int> value(0, 60);
    for (int round = 0; round < 40; ++round) {
        const int n = 6 + round % 9;
        const int k = 2 + round % 4;
        QList<double> values;
        std::vector<double> x;
        for (int i = 0; i < n; ++i) {
            values << value(rng) / 2.0;  // ties on purpose
            x.push_back(values.last());
        }
        std::sort(x.begin(), x.end());
        const QList<double> b = jenksBreaks(values, k);
        INFO("round " << round << " n " << n << " k " << k);
        REQUIRE(b.size() >= 2);
        CHECK(b.first() == x.front());
        CHECK(b.last() == x.back());
        for (qsizetype i = 2; i < b.size(); ++i)
            CHECK(b[i] > b[i - 1]);
        std::vector<double> distinct = x;
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        if (int(distinct.size()) > k) {
            CHECK(b.size() == k + 1);
            CHECK(costOfBreaks(x, b) == Approx(bestCost(x, k)).margin(1e-9));
        }
    }
}

TEST_CASE("Quantiles put equal shares in each class and keep ties together", "[core][classify]")
{
    CHECK(quantileBreaks({1, 2, 3, 4, 5, 6, 7, 8}, 4) == QList<double>{1, 2, 4, 6, 8});
    CHECK(quantileBreaks({8, 7, 6, 5, 4, 3, 2, 1}, 2) == QList<double>{1, 4, 8});
    // Six zeros: the lower half is all zeros, a class [0, 0] of its own.
    CHECK(quantileBreaks({0, 0, 0, 0, 0, 0, 1, 2, 3, 4}, 2) == QList<double>{0, 0, 4});
    // Ties across several quantiles merge them: fewer classes than asked.
    CHECK(quantileBreaks({5, 5, 5, 5, 5, 5, 5, 9}, 4) == QList<double>{5, 5, 9});
}

TEST_CASE("Equal intervals split the range evenly", "[core][classify]")
{
    CHECK(equalIntervalBreaks({0, 3, 10, 7}, 5) == QList<double>{0, 2, 4, 6, 8, 10});
    CHECK(equalIntervalBreaks({-1, 1}, 2) == QList<double>{-1, 0, 1});
}

TEST_CASE("Class bounds of empty, NULL-only and one-value data", "[core][classify]")
{
    const ClassMethod method = GENERATE(ClassMethod::EqualInterval, ClassMethod::Quantile, ClassMethod::Jenks);
    INFO("method " << classMethodName(method));
    CHECK(classBreaks({}, 5, method).isEmpty());
    CHECK(classBreaks({kNaN, kNaN}, 5, method).isEmpty());
    CHECK(classBreaks({3, 3, kNaN, 3}, 5, method) == QList<double>{3, 3});
    // NaNs (NULL values) are ignored, not counted.
    CHECK(classBreaks({kNaN, 1, 2, kNaN}, 1, method) == QList<double>{1, 2});
    // Fewer distinct values than classes: quantiles and Jenks make at most one class per
    // value; equal intervals keep their width, empty classes included.
    const QList<double> b = classBreaks({1, 2, 2, 3}, 7, method);
    CHECK(b.size() == (method == ClassMethod::EqualInterval ? 8 : 4));
    CHECK(b.first() == 1);
    CHECK(b.last() == 3);
}

TEST_CASE("Jenks on many values stays quick and bounded by the data", "[core][classify]")
{
    QList<double> values;
    std::mt19937 rng(7);
    std::normal_distribution<double> a(10, 1), b(50, 2), c(90, 1);
    for (int i = 0; i < 30000; ++i)
        values << (i % 3 == 0 ? a(rng) : i % 3 == 1 ? b(rng) : c(rng));
    const QList<double> breaks = jenksBreaks(values, 3);
    REQUIRE(breaks.size() == 4);
    CHECK(breaks[0] == *std::min_element(values.begin(), values.end()));
    CHECK(breaks[3] == *std::max_element(values.begin(), values.end()));
    // Each break sits in the gap after a cluster: every value of the cluster below it.
    double maxA = 0, maxB = 0;
    for (qsizetype i = 0; i < values.size(); i += 3) {
        maxA = std::max(maxA, values[i]);
        maxB = std::max(maxB, values[i + 1]);
    }
    CHECK(breaks[1] == maxA);
    CHECK(breaks[2] == maxB);
}

TEST_CASE("Classifications find each value's class or category", "[core][classify]")
{
    const StyleClassification g =
        graduate(QStringLiteral("score"), {0, 10, 20, 30, 40}, 2, ClassMethod::EqualInterval, QStringLiteral("Blues"));
    REQUIRE(g.classes.size() == 2);
    CHECK(g.classIndex(0) == 0);
    CHECK(g.classIndex(20) == 0);
    CHECK(g.classIndex(20.5) == 1);
    CHECK(g.classIndex(40) == 1);
    CHECK(g.classIndex(-1) == -1);
    CHECK(g.classIndex(41) == -1);
    CHECK(g.classIndex(kNaN) == -1);
    CHECK(g.classes[0].colour != g.classes[1].colour);
    CHECK(classLabel(g.classes[0]) == QStringLiteral("0 – 20"));

    const StyleClassification c =
        categorize(QStringLiteral("kind"), {QStringLiteral("b"), QString(), QStringLiteral("a"), QStringLiteral("b")},
                   QStringLiteral("Set2"));
    REQUIRE(c.categories.size() == 2);  // NULL dropped, duplicates merged
    CHECK(c.categories[0].value == QStringLiteral("a"));
    CHECK(c.categoryIndex(QStringLiteral("b")) == 1);
    CHECK(c.categoryIndex(QStringLiteral("z")) == -1);
    CHECK(c.categories[0].colour != c.categories[1].colour);
    // Numbers sort as numbers.
    const StyleClassification n = categorize(QStringLiteral("n"), {QStringLiteral("10"), QStringLiteral("9")}, {});
    CHECK(n.categories[0].value == QStringLiteral("9"));
}
