# shellcheck shell=bash
# Sourced by the client check scripts: a tally of named checks.
#
# check CONDITION_EXIT_CODE DESCRIPTION counts a pass when the code is 0, else counts a
# failure and prints 'FAILED: DESCRIPTION'. check_summary prints 'N passed, N failed' and
# returns 1 when any check failed, so a script can end with it.
passed=0
failed=0
check() {
  if [ "$1" -eq 0 ]; then passed=$((passed + 1)); else
    failed=$((failed + 1))
    echo "FAILED: $2"
  fi
}
check_summary() {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
