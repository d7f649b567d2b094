#include "core/model/class_breaks.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace atlas::core {
namespace {

std::vector<double> sortedFinite(const QList<double>& values)
{
    std::vector<double> v;
    v.reserve(std::size_t(values.size()));
    for (double x : values)
        if (std::isfinite(x))
            v.push_back(x);
    std::sort(v.begin(), v.end());
    return v;
}

// [min, uppers...] with the uppers made strictly increasing and the last one exactly max.
QList<double> bounds(double min, double max, const std::vector<double>& uppers)
{
    QList<double> out{min};
    for (double u : uppers) {
        u = std::min(u, max);
        if (out.size() == 1 ? u >= min : u > out.last())
            out << u;
    }
    if (out.size() == 1 || out.last() < max)
        out << max;
    return out;
}

}  // namespace

QList<double> equalIntervalBreaks(const QList<double>& values, int classes)
{
    const std::vector<double> v = sortedFinite(values);
    if (v.empty())
        return {};
    const double min = v.front(), max = v.back();
    if (min == max || classes <= 1)
        return {min, max};
    std::vector<double> uppers;
    for (int i = 1; i < classes; ++i)
        uppers.push_back(min + (max - min) * i / classes);
    return bounds(min, max, uppers);
}

QList<double> quantileBreaks(const QList<double>& values, int classes)
{
    const std::vector<double> v = sortedFinite(values);
    if (v.empty())
        return {};
    const std::size_t n = v.size();
    std::vector<double> uppers;
    // Class i ends at the value below which i/classes of the values lie; ties keep
    // equal values together, which may leave fewer classes.
    for (int i = 1; i < classes; ++i) {
        const auto rank = std::size_t(std::ceil(double(i) * double(n) / classes));
        uppers.push_back(v[std::clamp<std::size_t>(rank, 1, n) - 1]);
    }
    return bounds(v.front(), v.back(), uppers);
}

QList<double> jenksBreaks(const QList<double>& values, int classes)
{
    const std::vector<double> full = sortedFinite(values);
    if (full.empty())
        return {};
    const double min = full.front(), max = full.back();
    std::vector<double> all = full;
    const bool sampled = all.size() > std::size_t(kJenksExactLimit);
    if (sampled) {
        // Evenly spaced order statistics keep the shape of the distribution.
        std::vector<double> sample;
        sample.reserve(kJenksExactLimit);
        for (int i = 0; i < kJenksExactLimit; ++i)
            sample.push_back(full[std::size_t(std::llround(double(i) * double(full.size() - 1) / (kJenksExactLimit - 1)))]);
        all.swap(sample);
    }
    // Distinct values with their counts: equal values never end up in two classes.
    std::vector<double> x, w;
    for (double a : all) {
        if (!x.empty() && x.back() == a) {
            w.back() += 1;
        } else {
            x.push_back(a);
            w.push_back(1);
        }
    }
    const std::size_t m = x.size();
    if (classes <= 1 || m == 1)
        return {min, max};
    if (m <= std::size_t(classes))
        return bounds(min, max, x);

    // Weighted prefix sums around the mean, for stable within-class variances.
    double mean = 0, total = 0;
    for (std::size_t i = 0; i < m; ++i) {
        mean += x[i] * w[i];
        total += w[i];
    }
    mean /= total;
    std::vector<double> sw(m + 1, 0), s1(m + 1, 0), s2(m + 1, 0);
    for (std::size_t i = 0; i < m; ++i) {
        const double d = x[i] - mean;
        sw[i + 1] = sw[i] + w[i];
        s1[i + 1] = s1[i] + w[i] * d;
        s2[i + 1] = s2[i] + w[i] * d * d;
    }
    auto cost = [&](std::size_t a, std::size_t b) {  // squared deviation of x[a..b]
        const double n = sw[b + 1] - sw[a], s = s1[b + 1] - s1[a];
        return std::max(0.0, s2[b + 1] - s2[a] - s * s / n);
    };

    // best[c][j]: least cost of x[0..j] in c+1 classes; start[c][j]: first index of the last class.
    const auto k = std::size_t(classes);
    std::vector<std::vector<double>> best(k, std::vector<double>(m, std::numeric_limits<double>::infinity()));
    std::vector<std::vector<std::size_t>> start(k, std::vector<std::size_t>(m, 0));
    for (std::size_t j = 0; j < m; ++j)
        best[0][j] = cost(0, j);
    for (std::size_t c = 1; c < k; ++c) {
        for (std::size_t j = c; j < m; ++j) {
            for (std::size_t i = c; i <= j; ++i) {
                const double total = best[c - 1][i - 1] + cost(i, j);
                if (total < best[c][j]) {
                    best[c][j] = total;
                    start[c][j] = i;
                }
            }
        }
    }
    std::vector<double> uppers(k);
    std::vector<double> nextStart(k, max);  // first sampled value of the following class
    std::size_t end = m - 1;
    for (std::size_t c = k; c-- > 0;) {
        uppers[c] = x[end];
        if (c > 0) {
            nextStart[c - 1] = x[start[c][end]];
            end = start[c][end] - 1;
        }
    }
    if (sampled) {
        // Values the sample skipped between two classes go to the side of the widest gap
        // in the full data, so no break lands inside a tight cluster.
        for (std::size_t c = 0; c + 1 < k; ++c) {
            auto it = std::lower_bound(full.begin(), full.end(), uppers[c]);
            double best = -1;
            for (; it + 1 != full.end() && *it < nextStart[c]; ++it) {
                if (*(it + 1) - *it > best) {
                    best = *(it + 1) - *it;
                    uppers[c] = *it;
                }
            }
        }
    }
    return bounds(min, max, uppers);
}

QList<double> classBreaks(const QList<double>& values, int classes, ClassMethod method)
{
    switch (method) {
    case ClassMethod::EqualInterval: return equalIntervalBreaks(values, classes);
    case ClassMethod::Quantile: return quantileBreaks(values, classes);
    case ClassMethod::Jenks: break;
    }
    return jenksBreaks(values, classes);
}

}  // namespace atlas::core
