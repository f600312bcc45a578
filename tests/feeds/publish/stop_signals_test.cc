// Issue 13, item 3: a publish stopped by a signal stops its workers and narration children,
// leaves no temporary and a valid site, and exits 128 + signal; a worker whose parent is
// killed outright stops by itself.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "tests/feeds/site_fixture.h"
#include "tests/test_support.h"

extern char** environ;

namespace briefcast {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

// Three articles long enough (~2,000 characters each) that workers are busy for seconds.
std::vector<std::string> LongArticles(const fs::path& dir) {
  const std::string body =
      testing::ReadFile(testing::SourceDir() / "docs/examples/2024-06-20-customer-service.txt");
  const std::string paragraphs = body.substr(body.find('\n', body.find('\n') + 1) + 1);
  std::vector<std::string> paths;
  for (int i = 1; i <= 3; ++i) {
    paths.push_back((dir / ("long-" + std::to_string(i) + ".txt")).string());
    std::ofstream out(paths.back());
    out << "# 长篇测试稿第" << i << "篇\n发布时间：2024-08-0" << i << "\n";
    for (int k = 0; k < 3; ++k) out << paragraphs << "\n";
  }
  return paths;
}

pid_t Spawn(const std::vector<std::string>& args, const fs::path& log) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 2, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::vector<char*> argv;
  for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  pid_t pid = -1;
  REQUIRE(posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) == 0);
  posix_spawn_file_actions_destroy(&actions);
  return pid;
}

// "<pid> (<name>) <state> <ppid> ..." of /proc/<pid>/stat.
bool ReadStat(pid_t pid, char* state, pid_t* ppid) {
  std::istringstream stat(testing::ReadFile("/proc/" + std::to_string(pid) + "/stat"));
  std::string line = stat.str();
  const std::size_t close = line.rfind(')');
  if (close == std::string::npos) return false;
  std::istringstream rest(line.substr(close + 2));
  return static_cast<bool>(rest >> *state >> *ppid);
}

// Every live (not zombie) descendant of `root`.
std::vector<pid_t> Descendants(pid_t root) {
  std::vector<pid_t> found = {root};
  for (bool grew = true; grew;) {
    grew = false;
    for (const auto& entry : fs::directory_iterator("/proc")) {
      const std::string name = entry.path().filename().string();
      if (name.find_first_not_of("0123456789") != std::string::npos) continue;
      const pid_t pid = std::stoi(name);
      char state = 0;
      pid_t ppid = 0;
      if (std::find(found.begin(), found.end(), pid) != found.end() ||
          !ReadStat(pid, &state, &ppid))
        continue;
      if (state != 'Z' && std::find(found.begin(), found.end(), ppid) != found.end()) {
        found.push_back(pid);
        grew = true;
      }
    }
  }
  found.erase(found.begin());
  return found;
}

bool Alive(pid_t pid) {
  char state = 0;
  pid_t ppid = 0;
  return ReadStat(pid, &state, &ppid) && state != 'Z';
}

// Waits (up to `limit`) until `pid` has at least `count` live descendants; returns them.
std::vector<pid_t> WaitForDescendants(pid_t pid, std::size_t count, std::chrono::seconds limit) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  std::vector<pid_t> found;
  while (std::chrono::steady_clock::now() < deadline) {
    found = Descendants(pid);
    if (found.size() >= count) break;
    std::this_thread::sleep_for(20ms);
  }
  return found;
}

// The exit status; 256 + the signal when a signal killed it; -1 when it has not ended within
// `limit` (it is then killed).
int WaitForExit(pid_t pid, std::chrono::seconds limit) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  int status = 0;
  while (::waitpid(pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      return -1;
    }
    std::this_thread::sleep_for(10ms);
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 256 + WTERMSIG(status);
}

bool AllGone(const std::vector<pid_t>& pids, std::chrono::seconds limit) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < deadline) {
    if (std::none_of(pids.begin(), pids.end(), Alive)) return true;
    std::this_thread::sleep_for(20ms);
  }
  return false;
}

// True when the site lock can be taken within `limit` (a child that forked just before the
// stop holds it until its parent's death reaches it).
bool LockIsFree(const fs::path& site, std::chrono::seconds limit = 5s) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  for (;;) {
    const int fd = ::open((site / ".lock").c_str(), O_RDWR | O_CLOEXEC);
    const bool free = fd >= 0 && ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    if (fd >= 0) ::close(fd);
    if (free || std::chrono::steady_clock::now() > deadline) return free;
    std::this_thread::sleep_for(20ms);
  }
}

void RequireValidSite(const testing::PublishedSite& site) {
  const auto check = testing::RunCommand(std::string(BRIEFCAST_BINARY) + " check --site '" +
                                         site.path().string() + "'");
  INFO(check.output);
  REQUIRE(check.exit_code == 0);
  const testing::BaselineSite& baseline = testing::BaselineSite::Get();
  REQUIRE(testing::ReadFile(site.path() / "episodes" / (baseline.id() + ".json")) ==
          baseline.Record());
  for (const auto& entry : fs::recursive_directory_iterator(site.path())) {
    INFO(entry.path());
    REQUIRE(entry.path().filename().string().find(".tmp-") == std::string::npos);
  }
}

pid_t StartPublish(const testing::PublishedSite& site, const fs::path& log) {
  std::vector<std::string> args = {
      BRIEFCAST_BINARY, "publish", "--jobs", "2", "--no-wait", "--site", site.path().string()};
  for (const std::string& article : LongArticles(site.dir())) args.push_back(article);
  return Spawn(args, log);
}

}  // namespace

TEST_CASE("issue 13.3: SIGTERM, SIGINT and SIGHUP stop publish, its workers and children",
          "[issue13][signals][espeak][lame]") {
  for (const auto& [signal, name] :
       {std::pair{SIGTERM, "SIGTERM"}, std::pair{SIGINT, "SIGINT"}, std::pair{SIGHUP, "SIGHUP"}}) {
    INFO(name);
    testing::PublishedSite site;
    const fs::path log = site.dir() / "stderr.txt";
    const pid_t pid = StartPublish(site, log);
    // Two workers and at least one narration child.
    const std::vector<pid_t> children = WaitForDescendants(pid, 3, 60s);
    REQUIRE(children.size() >= 3);
    const auto sent = std::chrono::steady_clock::now();
    REQUIRE(::kill(pid, signal) == 0);
    const int status = WaitForExit(pid, 20s);
    INFO(testing::ReadFile(log));
    CHECK(status == 128 + signal);  // an exit with that status, not death by the signal
    CHECK(std::chrono::steady_clock::now() - sent < 10s);
    CHECK(testing::ReadFile(log).find(std::string("briefcast: stopped by ") + name) !=
          std::string::npos);
    CHECK(AllGone(children, 5s));
    CHECK(LockIsFree(site.path()));
    RequireValidSite(site);
  }
}

TEST_CASE("issue 13.3: workers whose publish is killed outright stop by themselves",
          "[issue13][signals][espeak][lame]") {
  testing::PublishedSite site;
  const pid_t pid = StartPublish(site, site.dir() / "stderr.txt");
  const std::vector<pid_t> children = WaitForDescendants(pid, 3, 60s);
  REQUIRE(children.size() >= 3);
  REQUIRE(::kill(pid, SIGKILL) == 0);
  CHECK(WaitForExit(pid, 10s) == 256 + SIGKILL);
  CHECK(AllGone(children, 5s));
  CHECK(LockIsFree(site.path()));
}

}  // namespace briefcast
