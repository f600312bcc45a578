#pragma once

#include <stdexcept>

namespace briefcast {

// An error a user can act on. The message names the input (file and line when
// there is one), says what is wrong and what to do about it. The command line
// prints it and exits with status 1.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace briefcast
