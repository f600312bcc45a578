#include "feeds/publish/episode_collisions.h"

#include <map>
#include <string>

#include "audio/error.h"
#include "feeds/formats/sha1.h"
#include "feeds/publish/episode_id.h"

namespace briefcast {
namespace {

// Who holds an id: enough to tell whether another article is the same one.
struct Holder {
  std::string author;
  std::string text_hash;
  std::string guid;
  int plan = -1;  // the plan of this run that took the id; -1 for a published record
};

std::string TextHash(const EpisodeRecord& record) {
  std::string text;
  for (const std::string& paragraph : record.paragraphs) text += paragraph + "\n";
  return Sha1Hex(text);
}

// "<date>-<slug>-": what ids of one title and date share before their hash.
std::string Family(const std::string& id) { return id.substr(0, id.rfind('-') + 1); }

class Distinguisher {
 public:
  explicit Distinguisher(const std::vector<EpisodeRecord>& published) {
    for (const EpisodeRecord& record : published) {
      holders_[record.id] = {record.author, TextHash(record), record.guid, -1};
      families_[Family(record.id) + "\n" + record.author].push_back(record.id);
    }
  }

  // Gives plans[index] its id; returns the index of an earlier plan it replaces, or -1.
  int Assign(std::vector<EpisodePlan>& plans, int index) {
    EpisodeRecord& record = plans[index].record;
    const std::string& identity = plans[index].identity;
    const Holder self{record.author, TextHash(record), "", index};
    const std::string base_id = record.id;
    // Published unchanged, under whichever id it has.
    for (const std::string& id : Published(base_id, self.author)) {
      const Holder& holder = holders_.at(id);
      if (holder.text_hash == self.text_hash) return Take(record, id, holder.guid, self);
    }
    const std::string qualified[] = {
        identity, identity + "\nauthor: " + record.author,
        identity + "\nauthor: " + record.author + "\ntext: " + self.text_hash};
    for (std::size_t level = 0; level < std::size(qualified); ++level) {
      const std::string id = level == 0 ? base_id : QualifyEpisodeId(base_id, qualified[level]);
      auto it = holders_.find(id);
      const bool last = level + 1 == std::size(qualified);
      if (it != holders_.end() && !last) {
        const Holder& holder = it->second;
        if (holder.author != self.author) continue;                            // another article
        if (holder.plan >= 0 && holder.text_hash != self.text_hash) continue;  // in this run
        if (holder.plan < 0) RequireUnambiguous(record, base_id);              // an edit of it
      }
      return Take(record, id, EpisodeGuidOf(qualified[level]), self);
    }
    return -1;  // not reached
  }

 private:
  // Gives `record` the id and guid; returns the plan that held the id before, or -1.
  int Take(EpisodeRecord& record, const std::string& id, const std::string& guid,
           const Holder& self) {
    Holder& holder = holders_[id];
    const int replaced = holder.plan;
    record.id = id;
    record.guid = guid;
    holder = self;
    holder.guid = guid;
    return replaced;
  }

  // The published ids of the title and date of `id` by `author`.
  const std::vector<std::string>& Published(const std::string& id,
                                            const std::string& author) const {
    static const std::vector<std::string> kNone;
    auto it = families_.find(Family(id) + "\n" + author);
    return it == families_.end() ? kNone : it->second;
  }

  // An edit of a published episode: there must be only one it can be.
  void RequireUnambiguous(const EpisodeRecord& record, const std::string& id) const {
    const std::vector<std::string>& published = Published(id, record.author);
    if (published.size() < 2) return;
    std::string ids;
    for (const std::string& other : published) ids += (ids.empty() ? "" : ", ") + other;
    throw Error("'" + record.title + "' (" + record.pub_date.substr(0, 10) + ", " + record.author +
                ") has the same title, date and publisher as the episodes " + ids +
                ", so which one it updates cannot be told; give the article a source URL "
                "(链接：...) or a title of its own");
  }

  std::map<std::string, Holder> holders_;
  std::map<std::string, std::vector<std::string>> families_;  // family + author -> ids
};

}  // namespace

void DistinguishEpisodes(std::vector<EpisodePlan>* plans,
                         const std::vector<EpisodeRecord>& published) {
  Distinguisher distinguisher(published);
  std::vector<bool> replaced(plans->size(), false);
  for (std::size_t i = 0; i < plans->size(); ++i) {
    if ((*plans)[i].identity.empty()) continue;
    const int earlier = distinguisher.Assign(*plans, static_cast<int>(i));
    if (earlier >= 0) replaced[static_cast<std::size_t>(earlier)] = true;
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < plans->size(); ++i) {
    if (replaced[i]) continue;
    if (kept != i) (*plans)[kept] = std::move((*plans)[i]);
    ++kept;
  }
  plans->resize(kept);
}

}  // namespace briefcast
