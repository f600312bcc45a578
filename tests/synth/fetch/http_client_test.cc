#include "synth/fetch/http_client.h"

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>

namespace briefcast {
namespace {

// A loopback port nothing listens on: bound and closed again.
int ClosedPort() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  socklen_t length = sizeof address;
  getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
  close(fd);
  return ntohs(address.sin_port);
}

TEST_CASE("only http and https are fetched", "[fetch]") {
  for (const char* url : {"file:///etc/passwd", "ftp://127.0.0.1/a", "gopher://127.0.0.1/"}) {
    CHECK_THROWS_WITH(HttpGet({url, "", ""}, {}),
                      Catch::Contains(std::string(url) + ": only http:// and https://"));
  }
}

TEST_CASE("a refused connection is a FetchError naming the URL", "[fetch]") {
  const std::string url = "http://127.0.0.1:" + std::to_string(ClosedPort()) + "/news.html";
  CHECK_THROWS_AS(HttpGet({url, "", ""}, {}), FetchError);
  CHECK_THROWS_WITH(HttpGet({url, "", ""}, {}), url +
                                                    ": cannot connect (connection refused or "
                                                    "unreachable)");
}

TEST_CASE("relative links resolve against the page; other schemes do not", "[fetch]") {
  CHECK(ResolveUrl("http://127.0.0.1:8080/news/a_1.html", "a_2.html") ==
        "http://127.0.0.1:8080/news/a_2.html");
  CHECK(ResolveUrl("https://example.cn/news/a.html", "/other/b.html?p=2") ==
        "https://example.cn/other/b.html?p=2");
  CHECK(ResolveUrl("https://example.cn/news/a.html", "file:///etc/passwd").empty());
  CHECK(ResolveUrl("https://example.cn/news/a.html", "javascript:next()").empty());
  CHECK(UrlHost("http://127.0.0.1:8080/news/") == "127.0.0.1");
}

}  // namespace
}  // namespace briefcast
