#include "feeds/site_layout.h"
