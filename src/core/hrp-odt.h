/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-odt.h — the plan as an OpenDocument text (.odt): declared with
 * the Word export, the same document, in hrp-docx.h */
#pragma once

#include "hrp-docx.h"
