#include "audio/id3_tags.h"

#include <taglib/attachedpictureframe.h>
#include <taglib/chapterframe.h>
#include <taglib/commentsframe.h>
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>
#include <taglib/tableofcontentsframe.h>
#include <taglib/textidentificationframe.h>

#include <cmath>
#include <string>

#include "audio/error.h"

namespace briefcast {
namespace {

namespace id3 = TagLib::ID3v2;

constexpr char kTocId[] = "toc";
constexpr unsigned kNoOffset = 0xFFFFFFFF;  // CHAP byte offsets unused: times are exact

TagLib::String Utf8(const std::string& text) { return TagLib::String(text, TagLib::String::UTF8); }

id3::TextIdentificationFrame* TextFrame(const char* id, const std::string& text) {
  auto* frame = new id3::TextIdentificationFrame(id, TagLib::String::UTF16);
  frame->setText(Utf8(text));
  return frame;
}

unsigned Milliseconds(double seconds) {
  return static_cast<unsigned>(std::llround(std::max(0.0, seconds) * 1000));
}

void AddText(id3::Tag& tag, const char* id, const std::string& text) {
  if (!text.empty()) tag.addFrame(TextFrame(id, text));
}

void AddComment(id3::Tag& tag, const std::string& text) {
  if (text.empty()) return;
  auto* frame = new id3::CommentsFrame(TagLib::String::UTF16);
  frame->setLanguage("chi");
  frame->setText(Utf8(text));
  tag.addFrame(frame);
}

void AddCover(id3::Tag& tag, const std::string& png) {
  if (png.empty()) return;
  auto* frame = new id3::AttachedPictureFrame;
  frame->setMimeType("image/png");
  frame->setType(id3::AttachedPictureFrame::FrontCover);
  frame->setPicture(TagLib::ByteVector(png.data(), static_cast<unsigned>(png.size())));
  tag.addFrame(frame);
}

TagLib::ByteVector ChapterId(std::size_t index) {
  return TagLib::ByteVector(("chp" + std::to_string(index)).c_str());
}

// One CHAP per chapter (with its TIT2), then one top-level, ordered CTOC listing them.
void AddChapters(id3::Tag& tag, const std::vector<Id3Chapter>& chapters,
                 const std::string& toc_title) {
  if (chapters.empty()) return;
  TagLib::ByteVectorList children;
  for (std::size_t i = 0; i < chapters.size(); ++i) {
    const Id3Chapter& chapter = chapters[i];
    id3::FrameList embedded;
    embedded.append(TextFrame("TIT2", chapter.title));
    tag.addFrame(new id3::ChapterFrame(ChapterId(i), Milliseconds(chapter.start_seconds),
                                       Milliseconds(chapter.end_seconds), kNoOffset, kNoOffset,
                                       embedded));
    children.append(ChapterId(i));
  }
  id3::FrameList toc_embedded;
  toc_embedded.append(TextFrame("TIT2", toc_title));
  auto* toc = new id3::TableOfContentsFrame(kTocId, children, toc_embedded);
  toc->setIsTopLevel(true);
  toc->setIsOrdered(true);
  tag.addFrame(toc);
}

std::string FrameText(const id3::FrameList& frames) {
  return frames.isEmpty() ? std::string() : frames.front()->toString().to8Bit(true);
}

std::string Text(const id3::Tag& tag, const char* id) { return FrameText(tag.frameListMap()[id]); }

std::string Cover(const id3::Tag& tag) {
  const id3::FrameList& frames = tag.frameListMap()["APIC"];
  if (frames.isEmpty()) return {};
  const auto* picture = dynamic_cast<const id3::AttachedPictureFrame*>(frames.front());
  if (picture == nullptr) return {};
  const TagLib::ByteVector data = picture->picture();
  return std::string(data.data(), data.size());
}

// The chapters in the order of the top-level CTOC.
std::vector<Id3Chapter> Chapters(const id3::Tag& tag) {
  const id3::TableOfContentsFrame* toc = id3::TableOfContentsFrame::findTopLevel(&tag);
  if (toc == nullptr) return {};
  std::vector<Id3Chapter> chapters;
  for (const TagLib::ByteVector& id : toc->childElements()) {
    const id3::ChapterFrame* chap = id3::ChapterFrame::findByElementID(&tag, id);
    if (chap == nullptr) continue;
    chapters.push_back({FrameText(chap->embeddedFrameList("TIT2")), chap->startTime() / 1000.0,
                        chap->endTime() / 1000.0});
  }
  return chapters;
}

}  // namespace

void WriteId3Tags(const std::filesystem::path& mp3_path, const Id3Tags& tags) {
  TagLib::MPEG::File file(mp3_path.c_str());
  if (!file.isValid() || file.readOnly()) {
    throw Error("cannot write ID3 tags to " + mp3_path.string() +
                ": not a writable MP3 file. Check the path and its permissions.");
  }
  file.strip(TagLib::MPEG::File::AllTags);
  id3::Tag& tag = *file.ID3v2Tag(true);
  AddText(tag, "TIT2", tags.title);
  AddText(tag, "TPE1", tags.artist);
  AddText(tag, "TALB", tags.album);
  AddText(tag, "TDRC", tags.date);  // written as TYER + TDAT in v2.3
  AddComment(tag, tags.comment);
  AddCover(tag, tags.cover_png);
  AddChapters(tag, tags.chapters, tags.title);
  if (!file.save(TagLib::MPEG::File::ID3v2, TagLib::File::StripOthers, id3::v3,
                 TagLib::File::DoNotDuplicate)) {
    throw Error("cannot write ID3 tags to " + mp3_path.string() +
                ": saving failed. Check the free disk space and permissions.");
  }
}

Id3Tags ReadId3Tags(const std::filesystem::path& mp3_path) {
  TagLib::MPEG::File file(mp3_path.c_str());
  if (!file.isValid()) {
    throw Error("cannot read ID3 tags of " + mp3_path.string() +
                ": not a readable MP3 file. Check the path and that the file is an MP3.");
  }
  Id3Tags tags;
  const id3::Tag* tag = file.hasID3v2Tag() ? file.ID3v2Tag() : nullptr;
  if (tag == nullptr) return tags;
  tags.title = Text(*tag, "TIT2");
  tags.artist = Text(*tag, "TPE1");
  tags.album = Text(*tag, "TALB");
  tags.date = Text(*tag, "TDRC");  // TagLib merges v2.3's TYER + TDAT back into TDRC
  tags.comment = tag->comment().to8Bit(true);
  tags.cover_png = Cover(*tag);
  tags.chapters = Chapters(*tag);
  return tags;
}

}  // namespace briefcast
