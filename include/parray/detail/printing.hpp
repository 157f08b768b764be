// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// The internals of parray::to_string (format.hpp): NumPy's array printing rules
// (numpy/core/arrayprint.py) and the digits of its Dragon4 float formatting.

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <system_error>
#include <type_traits>
#include <vector>

namespace parray::detail::printing {

// ---------------------------------------------------------------------------------------------
// Digits of one float. std::to_chars gives the shortest round-trip digits and correctly rounded
// fixed-precision digits; NumPy's Dragon4 (unique mode with a digit cutoff) prints the shortest
// digits when they fit within the cutoff and the correctly rounded value otherwise, so the two
// agree. The one place they do not is noted at scientific_exactly.

// A finite float as text, split: whole = sign and digits before '.', frac = digits after it,
// exp = exponent sign and digits ("+09"), empty in positional notation.
struct float_text {
    std::string whole;
    std::string frac;
    std::string exp;
};

template <class T, class... Precision>
std::string chars(T value, std::chars_format format, Precision... precision) {
    std::string buffer(64, '\0');
    for (;;) {
        const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                          format, precision...);
        if (result.ec == std::errc{}) {
            buffer.resize(static_cast<std::size_t>(result.ptr - buffer.data()));
            return buffer;
        }
        buffer.resize(buffer.size() * 2);
    }
}

inline float_text split(const std::string& text) {
    float_text out;
    const std::size_t e = text.find('e');
    const std::string mantissa = text.substr(0, e);
    if (e != std::string::npos) {
        out.exp = text.substr(e + 1);
    }
    const std::size_t dot = mantissa.find('.');
    out.whole = mantissa.substr(0, dot);
    if (dot != std::string::npos) {
        out.frac = mantissa.substr(dot + 1);
    }
    return out;
}

inline void trim_zeros(std::string& frac) {
    frac.erase(frac.find_last_not_of('0') + 1);
}

// Shortest round-trip digits in positional notation, as Dragon4 prints them: significant
// digits then zeros ("11229238000" for the float 11229238272). std::to_chars' own fixed format
// would print the exact "11229238272" instead, equally short.
template <class T>
float_text shortest_positional(T value) {
    const float_text sci = split(chars(value, std::chars_format::scientific));
    const std::string sign = sci.whole.substr(0, sci.whole.size() - 1);
    const std::string digits = sci.whole.substr(sci.whole.size() - 1) + sci.frac;
    int exponent = 0;
    std::from_chars(sci.exp.data() + (sci.exp[0] == '+' ? 1 : 0), sci.exp.data() + sci.exp.size(),
                    exponent);
    float_text out;
    if (exponent < 0) {
        out.whole = sign + "0";
        out.frac = std::string(static_cast<std::size_t>(-exponent - 1), '0') + digits;
    } else {
        const auto whole = static_cast<std::size_t>(exponent) + 1;
        out.whole = sign + digits.substr(0, whole);
        out.whole.append(whole - std::min(whole, digits.size()), '0');
        out.frac = digits.size() > whole ? digits.substr(whole) : std::string();
    }
    return out;
}

// One element as NumPy's FloatingFormat prints it in a float array, before padding: Dragon4
// unique digits cut to at most `precision` digits after the point, trailing zeros trimmed
// (unique=True, trim='.'). In positional notation the array printer also asks for digits at
// least down to the units (min_digits=0), so an integral value shows its exact digits: the
// float32 59067488 is "59067488." in an array but "59067490.0" as a scalar.
template <class T>
float_text cut_digits(T value, bool scientific, std::size_t precision) {
    const auto format = scientific ? std::chars_format::scientific : std::chars_format::fixed;
    float_text text = scientific ? split(chars(value, format)) : shortest_positional(value);
    if (text.frac.size() > precision) {
        text = split(chars(value, format, static_cast<int>(precision)));
        trim_zeros(text.frac);
    } else if (!scientific && text.frac.empty()) {
        text = split(chars(value, format, 0));
    }
    return text;
}

// A little unsigned big integer (base 2**32, least significant limb first), just enough for
// the exact comparisons in scientific_exactly.
class big_uint {
public:
    static big_uint power_of_two(std::size_t exponent) {
        big_uint out;
        out.limbs_.assign(exponent / 32 + 1, 0);
        out.limbs_.back() = std::uint32_t{1} << (exponent % 32);
        return out;
    }

    void multiply(std::uint32_t factor) {
        std::uint64_t carry = 0;
        for (std::uint32_t& limb : limbs_) {
            const std::uint64_t product = std::uint64_t{limb} * factor + carry;
            limb = static_cast<std::uint32_t>(product);
            carry = product >> 32;
        }
        if (carry != 0) {
            limbs_.push_back(static_cast<std::uint32_t>(carry));
        }
    }

    void multiply_pow10(std::size_t exponent) {
        for (; exponent >= 9; exponent -= 9) {
            multiply(1000000000u);
        }
        for (; exponent > 0; --exponent) {
            multiply(10u);
        }
    }

    void add(const big_uint& other) {
        limbs_.resize(std::max(limbs_.size(), other.limbs_.size()) + 1, 0);
        std::uint64_t carry = 0;
        for (std::size_t i = 0; i < limbs_.size(); ++i) {
            const std::uint64_t sum =
                std::uint64_t{limbs_[i]} + (i < other.limbs_.size() ? other.limbs_[i] : 0) + carry;
            limbs_[i] = static_cast<std::uint32_t>(sum);
            carry = sum >> 32;
        }
        normalize();
    }

    // Requires *this >= other.
    void subtract(const big_uint& other) {
        std::int64_t borrow = 0;
        for (std::size_t i = 0; i < limbs_.size(); ++i) {
            std::int64_t difference =
                std::int64_t{limbs_[i]} - borrow - (i < other.limbs_.size() ? other.limbs_[i] : 0);
            borrow = difference < 0 ? 1 : 0;
            if (difference < 0) {
                difference += std::int64_t{1} << 32;
            }
            limbs_[i] = static_cast<std::uint32_t>(difference);
        }
        normalize();
    }

    friend int compare(const big_uint& a, const big_uint& b) {
        if (a.limbs_.size() != b.limbs_.size()) {
            return a.limbs_.size() < b.limbs_.size() ? -1 : 1;
        }
        for (std::size_t i = a.limbs_.size(); i-- > 0;) {
            if (a.limbs_[i] != b.limbs_[i]) {
                return a.limbs_[i] < b.limbs_[i] ? -1 : 1;
            }
        }
        return 0;
    }

private:
    void normalize() {
        while (!limbs_.empty() && limbs_.back() == 0) {
            limbs_.pop_back();
        }
    }

    std::vector<std::uint32_t> limbs_;
};

// compare(2**binary, 10**decimal), exactly.
inline int compare_pow2_pow10(int binary, int decimal) {
    const int two = std::max(0, -binary);  // scale both sides by 2**two * 10**ten
    const int ten = std::max(0, -decimal); // so that every exponent is non-negative
    big_uint lhs = big_uint::power_of_two(static_cast<std::size_t>(binary + two));
    lhs.multiply_pow10(static_cast<std::size_t>(ten));
    big_uint rhs = big_uint::power_of_two(static_cast<std::size_t>(two));
    rhs.multiply_pow10(static_cast<std::size_t>(decimal + ten));
    return compare(lhs, rhs);
}

// Exactly `precision` digits after the first, as NumPy's FloatingFormat prints each element in
// scientific mode (Dragon4 unique mode with min_digits == precision). Past the shortest digits
// Dragon4 rounds the last digit by comparing the remainder with the value's rounding margins.
// That is the correctly rounded digit (std::to_chars) except for a normal power of two above
// the smallest binade, whose margin below is half the one above: there the digits are
// recomputed exactly as Dragon4 does. Example: float32 2**-96 at precision 7 is
// 1.2621775e-29 in NumPy, although the value is 1.26217744835...e-29.
template <class T>
float_text scientific_exactly(T value, std::size_t precision) {
    const float_text shortest = split(chars(value, std::chars_format::scientific));
    if (shortest.frac.size() == precision) {
        return shortest;
    }
    int binary_exponent = 0;
    const T fraction = std::frexp(std::fabs(value), &binary_exponent); // |value| = f * 2**e
    const int k = binary_exponent - 1;
    const bool unequal_margins = fraction == T(0.5) && k > std::numeric_limits<T>::min_exponent - 1;
    if (!unequal_margins || shortest.frac.size() > precision) {
        return split(chars(value, std::chars_format::scientific, static_cast<int>(precision)));
    }
    // |value| = 2**k with first digit at 10**d; the last digit printed is at 10**(d - p).
    // Margins to the neighbours' midpoints: 2**(k - m - 2) below and 2**(k - m - 1) above.
    constexpr int m = std::numeric_limits<T>::digits - 1;
    int d = static_cast<int>(std::floor(k * 0.30102999566398120));
    while (compare_pow2_pow10(k, d) < 0) {
        --d;
    }
    while (compare_pow2_pow10(k, d + 1) >= 0) {
        ++d;
    }
    // Everything times 2**a * 10**b, so that all are integers; `scale` is the first digit's
    // unit, and margin_low is also multiplied by 10**p, as the remainder will have been.
    const auto p = static_cast<int>(precision);
    const int a = std::max(0, m + 2 - k);
    const int b = std::max(0, p - d);
    big_uint remainder = big_uint::power_of_two(static_cast<std::size_t>(k + a));
    remainder.multiply_pow10(static_cast<std::size_t>(b));
    big_uint scale = big_uint::power_of_two(static_cast<std::size_t>(a));
    scale.multiply_pow10(static_cast<std::size_t>(d + b));
    big_uint margin_low = big_uint::power_of_two(static_cast<std::size_t>(k - m - 2 + a));
    margin_low.multiply_pow10(static_cast<std::size_t>(b + p));
    // Truncated digits, one per step: remainder / scale is in [0, 10).
    std::string digits;
    int last = 0;
    for (int i = 0; i <= p; ++i) {
        if (i > 0) {
            remainder.multiply(10);
        }
        last = 0;
        while (compare(remainder, scale) >= 0) {
            remainder.subtract(scale);
            ++last;
        }
        digits += static_cast<char>('0' + last);
    }
    // remainder / scale is now the rest in units of the last digit, as is margin_low / scale.
    big_uint high_end = margin_low;
    high_end.multiply(2);
    high_end.add(remainder);
    // The mantissa of a power of two is even, so Dragon4's margin tests are inclusive.
    const bool low = compare(remainder, margin_low) <= 0;
    const bool high = compare(high_end, scale) >= 0;
    bool round_down = low;
    if (low == high) {
        remainder.multiply(2);
        const int c = compare(remainder, scale);
        round_down = c < 0 || (c == 0 && last % 2 == 0);
    }
    if (!round_down) {
        std::size_t i = digits.size();
        while (i > 0 && digits[i - 1] == '9') {
            digits[--i] = '0';
        }
        if (i == 0) {
            digits.insert(digits.begin(), '1');
            digits.pop_back();
            ++d;
        } else {
            ++digits[i - 1];
        }
    }
    float_text text;
    text.whole = std::string(std::signbit(value) ? "-" : "") + digits.substr(0, 1);
    text.frac = digits.substr(1);
    const int magnitude = d < 0 ? -d : d;
    text.exp =
        std::string(d < 0 ? "-" : "+") + (magnitude < 10 ? "0" : "") + std::to_string(magnitude);
    return text;
}

// ---------------------------------------------------------------------------------------------
// Element formatters: NumPy's IntegerFormat, BoolFormat and FloatingFormat. Each is built from
// the elements that will be shown and then formats one element to a padded string.

template <class T>
std::string integer_text(T value) {
    if constexpr (std::is_signed_v<T>) {
        return std::to_string(static_cast<long long>(value));
    } else {
        return std::to_string(static_cast<unsigned long long>(value));
    }
}

template <class T>
class integer_formatter {
public:
    explicit integer_formatter(const std::vector<T>& shown) {
        if (!shown.empty()) {
            const auto [lo, hi] = std::minmax_element(shown.begin(), shown.end());
            width_ = std::max(integer_text(*lo).size(), integer_text(*hi).size());
        }
    }

    std::string operator()(T value) const {
        std::string text = integer_text(value);
        return std::string(width_ - std::min(width_, text.size()), ' ') + text;
    }

private:
    std::size_t width_ = 0;
};

template <class T>
class float_formatter {
public:
    float_formatter(const std::vector<T>& shown, std::size_t precision, bool suppress)
        : precision_(precision) {
        std::vector<T> finite;
        bool has_neg_inf = false;
        for (const T x : shown) {
            if (std::isfinite(x)) {
                finite.push_back(x);
            } else if (std::isinf(x) && x < 0) {
                has_neg_inf = true;
            }
        }
        // Scientific notation from the magnitudes of the non-zero finite values; the ratio is
        // taken in T, as NumPy divides two scalars of the array's dtype.
        bool any_non_zero = false;
        T max_val = 0;
        T min_val = 0;
        for (const T x : finite) {
            if (x != 0) {
                const T a = std::fabs(x);
                max_val = any_non_zero ? std::max(max_val, a) : a;
                min_val = any_non_zero ? std::min(min_val, a) : a;
                any_non_zero = true;
            }
        }
        if (any_non_zero) {
            const T ratio = max_val / min_val;
            exp_format_ = static_cast<double>(max_val) >= 1e8 ||
                          (!suppress && (static_cast<double>(min_val) < 0.0001 ||
                                         static_cast<double>(ratio) > 1000.0));
        }
        std::ptrdiff_t pad_left = 0;
        std::ptrdiff_t pad_right = 0;
        if (!finite.empty()) {
            std::size_t whole = 0;
            std::size_t frac = 0;
            std::size_t exp = 0;
            for (const T x : finite) {
                const float_text t = cut_digits(x, exp_format_, precision);
                whole = std::max(whole, t.whole.size());
                frac = std::max(frac, t.frac.size());
                exp = std::max(exp, t.exp.size());
            }
            pad_left = static_cast<std::ptrdiff_t>(whole);
            if (exp_format_) {
                // Every element then shows `frac` digits and `exp - 1` exponent digits.
                precision_ = frac;
                exp_digits_ = exp - 1;
                pad_right = static_cast<std::ptrdiff_t>(exp_digits_ + 2 + precision_);
            } else {
                pad_right = static_cast<std::ptrdiff_t>(frac);
            }
        }
        if (finite.size() != shown.size()) {
            const std::ptrdiff_t offset = pad_right + 1; // + 1 for the decimal point
            pad_left = std::max({pad_left, std::ptrdiff_t{3} - offset,
                                 std::ptrdiff_t{3} + (has_neg_inf ? 1 : 0) - offset});
        }
        pad_left_ = static_cast<std::size_t>(pad_left);
        pad_right_ = static_cast<std::size_t>(pad_right);
    }

    std::string operator()(T value) const {
        if (!std::isfinite(value)) {
            const std::string text = std::isnan(value) ? "nan" : value < 0 ? "-inf" : "inf";
            return pad(text, pad_left_ + pad_right_ + 1);
        }
        if (exp_format_) {
            float_text t = scientific_exactly(value, precision_);
            std::string digits = t.exp.substr(1);
            digits.insert(0, exp_digits_ - std::min(exp_digits_, digits.size()), '0');
            return pad(t.whole, pad_left_) + "." + t.frac + "e" + t.exp.substr(0, 1) + digits;
        }
        const float_text t = cut_digits(value, false, precision_);
        return pad(t.whole, pad_left_) + "." + t.frac +
               std::string(pad_right_ - std::min(pad_right_, t.frac.size()), ' ');
    }

private:
    static std::string pad(const std::string& text, std::size_t width) {
        return std::string(width - std::min(width, text.size()), ' ') + text;
    }

    bool exp_format_ = false;
    std::size_t precision_;
    std::size_t exp_digits_ = 0;
    std::size_t pad_left_ = 0;
    std::size_t pad_right_ = 0;
};

// str() of a NumPy scalar: what print shows for a 0-D array.
template <class T>
std::string scalar_text(T value) {
    if constexpr (std::is_same_v<T, bool>) {
        return value ? "True" : "False";
    } else if constexpr (std::is_integral_v<T>) {
        return integer_text(value);
    } else {
        if (std::isnan(value)) {
            return "nan";
        }
        if (std::isinf(value)) {
            return value < 0 ? "-inf" : "inf";
        }
        const double magnitude = std::fabs(static_cast<double>(value));
        if (magnitude == 0 || (magnitude < 1e16 && magnitude >= 1e-4)) {
            const float_text text = shortest_positional(value);
            return text.whole + "." + (text.frac.empty() ? "0" : text.frac);
        }
        return chars(value, std::chars_format::scientific);
    }
}

// ---------------------------------------------------------------------------------------------
// Layout: NumPy's _formatArray (non-legacy mode, separator ' ') over the shown elements.

struct layout {
    std::vector<std::size_t> shown; // elements shown along each axis
    std::vector<bool> summarised;   // whether "..." follows the first edgeitems of that axis
    std::size_t edgeitems;
    std::vector<std::string> words; // formatted shown elements, row-major
};

inline void rstrip(std::string& line) {
    line.erase(line.find_last_not_of(' ') + 1);
}

// NumPy's _extendLine: wrap before `word` if the line would pass `width`, unless the line
// holds only its indent.
inline void extend_line(std::string& out, std::string& line, const std::string& word,
                        std::ptrdiff_t width, const std::string& indent) {
    if (line.size() > indent.size() &&
        static_cast<std::ptrdiff_t>(line.size() + word.size()) > width) {
        rstrip(line);
        out += line;
        out += '\n';
        line = indent;
    }
    line += word;
}

inline std::string format_block(const layout& l, std::size_t axis, std::size_t& next_word,
                                const std::string& indent, std::ptrdiff_t width) {
    const std::size_t n = l.shown[axis];
    const bool summarised = l.summarised[axis];
    std::string out;
    if (axis + 1 == l.shown.size()) {
        const std::ptrdiff_t element_width = width - 1; // room for the closing ']'
        std::string line = indent;
        for (std::size_t i = 0; i < n; ++i) {
            if (summarised && i == l.edgeitems) {
                extend_line(out, line, "...", element_width, indent);
                line += ' ';
            }
            extend_line(out, line, l.words[next_word++], element_width, indent);
            if (i + 1 < n) {
                line += ' ';
            }
        }
        out += line;
    } else {
        const std::string line_separator(l.shown.size() - axis - 1, '\n');
        const std::string next_indent = indent + ' ';
        for (std::size_t i = 0; i < n; ++i) {
            if (summarised && i == l.edgeitems) {
                out += indent + "..." + line_separator;
            }
            out += indent;
            out += format_block(l, axis + 1, next_word, next_indent, width - 1);
            if (i + 1 < n) {
                out += line_separator;
            }
        }
    }
    return "[" + out.substr(indent.size()) + "]";
}

} // namespace parray::detail::printing
