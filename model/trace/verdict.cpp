#include "trace/verdict.h"

namespace pathlight {

const char* toString(Verdict v) {
    switch (v) {
    case Verdict::Delivered:
        return "delivered";
    case Verdict::Denied:
        return "denied";
    case Verdict::Rejected:
        return "rejected";
    case Verdict::NoRoute:
        return "no-route";
    case Verdict::Dropped:
        return "dropped";
    case Verdict::Loop:
        return "loop";
    case Verdict::Asymmetric:
        return "asymmetric";
    }
    return "no-route";
}

std::optional<Verdict> verdictFromString(const std::string& text) {
    for (Verdict v : {Verdict::Delivered, Verdict::Denied, Verdict::Rejected, Verdict::NoRoute,
                      Verdict::Dropped, Verdict::Loop, Verdict::Asymmetric})
        if (text == toString(v)) return v;
    return std::nullopt;
}

} // namespace pathlight
