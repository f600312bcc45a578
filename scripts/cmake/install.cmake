# `cmake --install` and `cpack -G DEB` (docs/deploy.md). Everything the binary reads at run
# time is linked into it (synth/embedded_data.h) or comes from Debian packages (espeak-ng-data
# for the voice, fonts-noto-cjk for the generated cover), so it installs: the binary, the man
# page, the systemd units (inert until enabled), a sysusers.d entry for their user, and the
# deployment documents.
include(GNUInstallDirs)
install(TARGETS briefcast RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES docs/briefcast.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# lib/, not CMAKE_INSTALL_LIBDIR (lib/x86_64-linux-gnu on Debian): where systemd looks below
# /usr and /usr/local.
install(FILES docs/deploy/briefcast-publish.service docs/deploy/briefcast-publish.timer
        DESTINATION lib/systemd/system)
install(FILES docs/deploy/sysusers-briefcast.conf DESTINATION lib/sysusers.d
        RENAME briefcast.conf)
install(FILES README.md docs/deploy.md docs/user-guide.md docs/configuration.md
              docs/config-example.toml docs/deploy/nginx-briefcast.conf
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(PROGRAMS scripts/sync-site DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)

set(BRIEFCAST_MAINTAINER "briefcast maintainers <briefcast@localhost>" CACHE STRING
    "Maintainer field of the .deb")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME briefcast)
set(CPACK_PACKAGE_VENDOR briefcast)
set(CPACK_PACKAGE_CONTACT "${BRIEFCAST_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Chinese news articles as a spoken Mandarin podcast (feed, MP3, transcripts, page)")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION sound)
# The shared libraries' packages come from dpkg-shlibdeps (dpkg-dev); the data packages the
# binary opens at run time are named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "espeak-ng-data, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "nginx | httpd")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "rclone")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${CMAKE_CURRENT_SOURCE_DIR}/docs/deploy/postinst)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
