package license

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// krait's own LicenseRef ids, for license statements that name no SPDX
// license but say enough to categorise them.
const (
	RefPublicDomain  = "LicenseRef-krait-public-domain"
	RefProprietary   = "LicenseRef-krait-proprietary"
	RefNonCommercial = "LicenseRef-krait-non-commercial"
	RefRestricted    = "LicenseRef-krait-restricted"
	RefFreeware      = "LicenseRef-krait-freeware"
)

// mapping is what a table says a classifier or name means: one SPDX
// expression, or (ambiguous) a list of the licenses it could be, possibly
// empty when it says nothing more precise.
type mapping struct {
	expr       string
	candidates []string // set when ambiguous
}

func (m mapping) ambiguous() bool { return m.expr == "" }

func one(expr string) mapping            { return mapping{expr: expr} }
func anyOf(candidates ...string) mapping { return mapping{candidates: candidates} }

// Tables holds the lookup tables detection and policy use: trove
// classifiers, free-text license names, and the category of each SPDX id
// and exception. NewTables builds krait's built-in tables; the Add and
// Set methods extend one instance (for configuration), never a shared
// one.
type Tables struct {
	classifiers map[string]mapping
	names       map[string]mapping
	categories  map[string]Category
	exceptions  map[string]Category
	reOrLater   *regexp.Regexp
	reVDigit    *regexp.Regexp
}

// NewTables returns krait's built-in tables.
func NewTables() *Tables {
	t := &Tables{
		classifiers: classifierTable(),
		names:       map[string]mapping{},
		categories:  categoryTable(),
		exceptions:  exceptionTable(),
		reOrLater:   regexp.MustCompile(`(?i)\s*(\(|,)?\s*or\s+(any\s+)?(later|newer|greater|above)(\s+version)?\s*\)?`),
		reVDigit:    regexp.MustCompile(`(^|[a-z ])v(\d)`),
	}
	for _, e := range nameEntries() {
		for _, n := range e.names {
			t.names[t.nameKey(n)] = e.m
		}
	}
	return t
}

// SetCategory sets the category of an SPDX id or LicenseRef (its -only,
// -or-later and + forms included).
func (t *Tables) SetCategory(id string, c Category) {
	t.categories[categoryKey(id)] = c
}

// AddName makes a free-text License value (compared after the
// normalisation described in the package documentation) mean the SPDX
// expression expr, which must be valid.
func (t *Tables) AddName(name, expr string) error {
	e, _, err := NormalizeExpression(expr)
	if err != nil {
		return fmt.Errorf("license name %q: %w", name, err)
	}
	k := t.nameKey(name)
	if k == "" {
		return fmt.Errorf("license name %q: nothing left after normalisation", name)
	}
	t.names[k] = one(e.String())
	return nil
}

// Classifiers returns the license classifiers the table knows, sorted.
func (t *Tables) Classifiers() []string {
	out := make([]string, 0, len(t.classifiers))
	for k := range t.classifiers {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// CategoryOf returns the category of an expression: a leaf's from the
// table (relaxed by a linking exception), the least restrictive branch of
// an OR (the licensee may choose it) and the most restrictive part of an
// AND. Unknown ids are CategoryUnknown.
func (t *Tables) CategoryOf(e *Expr) Category {
	switch e.Op {
	case OpLicense:
		c, ok := t.categories[categoryKey(e.ID)]
		if !ok {
			return CategoryUnknown
		}
		if e.Exception != "" && c.copyleft() {
			if ec, ok := t.exceptions[strings.ToUpper(e.Exception)]; ok && ec.rank() < c.rank() {
				c = ec
			}
		}
		return c
	case OpOr:
		best := CategoryUnknown
		for i, a := range e.Args {
			if c := t.CategoryOf(a); i == 0 || c.rank() < best.rank() {
				best = c
			}
		}
		return best
	default:
		worst := CategoryPublicDomain
		for _, a := range e.Args {
			if c := t.CategoryOf(a); c.rank() > worst.rank() {
				worst = c
			}
		}
		return worst
	}
}

// classifierTable maps every license classifier PyPI defines (the
// "License ::" entries of the trove classifier list) to SPDX. Classifiers
// that do not pin one license (a family without a version, "BSD License")
// are ambiguous with the licenses they may mean.
func classifierTable() map[string]mapping {
	const osi = "License :: OSI Approved :: "
	return map[string]mapping{
		"License :: Aladdin Free Public License (AFPL)":                         one("Aladdin"),
		"License :: CC0 1.0 Universal (CC0 1.0) Public Domain Dedication":       one("CC0-1.0"),
		"License :: CeCILL-B Free Software License Agreement (CECILL-B)":        one("CECILL-B"),
		"License :: CeCILL-C Free Software License Agreement (CECILL-C)":        one("CECILL-C"),
		"License :: DFSG approved":                                              anyOf(),
		"License :: Eiffel Forum License (EFL)":                                 anyOf("EFL-1.0", "EFL-2.0"),
		"License :: Free For Educational Use":                                   one(RefNonCommercial),
		"License :: Free For Home Use":                                          one(RefNonCommercial),
		"License :: Free To Use But Restricted":                                 one(RefRestricted),
		"License :: Free for non-commercial use":                                one(RefNonCommercial),
		"License :: Freely Distributable":                                       anyOf(),
		"License :: Freeware":                                                   one(RefFreeware),
		"License :: GUST Font License 1.0":                                      anyOf(),
		"License :: GUST Font License 2006-09-30":                               anyOf(),
		"License :: Netscape Public License (NPL)":                              anyOf("NPL-1.0", "NPL-1.1"),
		"License :: Nokia Open Source License (NOKOS)":                          one("Nokia"),
		"License :: OSI Approved":                                               anyOf(),
		osi + "Academic Free License (AFL)":                                     anyOf("AFL-1.1", "AFL-1.2", "AFL-2.0", "AFL-2.1", "AFL-3.0"),
		osi + "Apache Software License":                                         anyOf("Apache-1.1", "Apache-2.0"),
		osi + "Apple Public Source License":                                     anyOf("APSL-1.0", "APSL-1.1", "APSL-1.2", "APSL-2.0"),
		osi + "Artistic License":                                                anyOf("Artistic-1.0", "Artistic-2.0"),
		osi + "Attribution Assurance License":                                   one("AAL"),
		osi + "BSD License":                                                     anyOf("0BSD", "BSD-2-Clause", "BSD-3-Clause", "BSD-4-Clause"),
		osi + "Blue Oak Model License (BlueOak-1.0.0)":                          one("BlueOak-1.0.0"),
		osi + "Boost Software License 1.0 (BSL-1.0)":                            one("BSL-1.0"),
		osi + "CEA CNRS Inria Logiciel Libre License, version 2.1 (CeCILL-2.1)": one("CECILL-2.1"),
		osi + "CMU License (MIT-CMU)":                                           one("MIT-CMU"),
		osi + "Common Development and Distribution License 1.0 (CDDL-1.0)":      one("CDDL-1.0"),
		osi + "Common Public License":                                           one("CPL-1.0"),
		osi + "Eclipse Public License 1.0 (EPL-1.0)":                            one("EPL-1.0"),
		osi + "Eclipse Public License 2.0 (EPL-2.0)":                            one("EPL-2.0"),
		osi + "Educational Community License, Version 2.0 (ECL-2.0)":            one("ECL-2.0"),
		osi + "Eiffel Forum License":                                            anyOf("EFL-1.0", "EFL-2.0"),
		osi + "European Union Public Licence 1.0 (EUPL 1.0)":                    one("EUPL-1.0"),
		osi + "European Union Public Licence 1.1 (EUPL 1.1)":                    one("EUPL-1.1"),
		osi + "European Union Public Licence 1.2 (EUPL 1.2)":                    one("EUPL-1.2"),
		osi + "GNU Affero General Public License v3":                            one("AGPL-3.0-only"),
		osi + "GNU Affero General Public License v3 or later (AGPLv3+)":         one("AGPL-3.0-or-later"),
		osi + "GNU Free Documentation License (FDL)":                            anyOf("GFDL-1.1-only", "GFDL-1.2-only", "GFDL-1.3-only"),
		osi + "GNU General Public License (GPL)":                                anyOf("GPL-1.0-or-later", "GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0-only", "GPL-3.0-or-later"),
		osi + "GNU General Public License v2 (GPLv2)":                           one("GPL-2.0-only"),
		osi + "GNU General Public License v2 or later (GPLv2+)":                 one("GPL-2.0-or-later"),
		osi + "GNU General Public License v3 (GPLv3)":                           one("GPL-3.0-only"),
		osi + "GNU General Public License v3 or later (GPLv3+)":                 one("GPL-3.0-or-later"),
		osi + "GNU Lesser General Public License v2 (LGPLv2)":                   anyOf("LGPL-2.0-only", "LGPL-2.1-only"),
		osi + "GNU Lesser General Public License v2 or later (LGPLv2+)":         one("LGPL-2.0-or-later"),
		osi + "GNU Lesser General Public License v3 (LGPLv3)":                   one("LGPL-3.0-only"),
		osi + "GNU Lesser General Public License v3 or later (LGPLv3+)":         one("LGPL-3.0-or-later"),
		osi + "GNU Library or Lesser General Public License (LGPL)":             anyOf("LGPL-2.0-or-later", "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0-only", "LGPL-3.0-or-later"),
		osi + "Historical Permission Notice and Disclaimer (HPND)":              one("HPND"),
		osi + "IBM Public License":                                              one("IPL-1.0"),
		osi + "ISC License (ISCL)":                                              one("ISC"),
		osi + "Intel Open Source License":                                       one("Intel"),
		osi + "Jabber Open Source License":                                      one("LicenseRef-krait-jabber-osl"),
		osi + "MIT License":                                                     one("MIT"),
		osi + "MIT No Attribution License (MIT-0)":                              one("MIT-0"),
		osi + "MITRE Collaborative Virtual Workspace License (CVW)":             one("LicenseRef-krait-mitre-cvw"),
		osi + "MirOS License (MirOS)":                                           one("MirOS"),
		osi + "Motosoto License":                                                one("Motosoto"),
		osi + "Mozilla Public License 1.0 (MPL)":                                one("MPL-1.0"),
		osi + "Mozilla Public License 1.1 (MPL 1.1)":                            one("MPL-1.1"),
		osi + "Mozilla Public License 2.0 (MPL 2.0)":                            one("MPL-2.0"),
		osi + "Mulan Permissive Software License v2 (MulanPSL-2.0)":             one("MulanPSL-2.0"),
		osi + "Nethack General Public License":                                  one("NGPL"),
		osi + "Nokia Open Source License":                                       one("Nokia"),
		osi + "Open Group Test Suite License":                                   one("OGTSL"),
		osi + "Open Software License 3.0 (OSL-3.0)":                             one("OSL-3.0"),
		osi + "PostgreSQL License":                                              one("PostgreSQL"),
		osi + "Python License (CNRI Python License)":                            one("CNRI-Python"),
		osi + "Python Software Foundation License":                              one("PSF-2.0"),
		osi + "Qt Public License (QPL)":                                         one("QPL-1.0"),
		osi + "Ricoh Source Code Public License":                                one("RSCPL"),
		osi + "SIL Open Font License 1.1 (OFL-1.1)":                             one("OFL-1.1"),
		osi + "Sleepycat License":                                               one("Sleepycat"),
		osi + "Sun Industry Standards Source License (SISSL)":                   one("SISSL"),
		osi + "Sun Public License":                                              one("SPL-1.0"),
		osi + "The Unlicense (Unlicense)":                                       one("Unlicense"),
		osi + "Universal Permissive License (UPL)":                              one("UPL-1.0"),
		osi + "University of Illinois/NCSA Open Source License":                 one("NCSA"),
		osi + "Vovida Software License 1.0":                                     one("VSL-1.0"),
		osi + "W3C License":                                                     one("W3C"),
		osi + "X.Net License":                                                   one("Xnet"),
		osi + "Zero-Clause BSD (0BSD)":                                          one("0BSD"),
		osi + "Zope Public License":                                             anyOf("ZPL-1.1", "ZPL-2.0", "ZPL-2.1"),
		osi + "zlib/libpng License":                                             one("Zlib"),
		"License :: Other/Proprietary License":                                  one(RefProprietary),
		"License :: Public Domain":                                              one(RefPublicDomain),
		"License :: Repoze Public License":                                      one("LicenseRef-krait-repoze"),
	}
}

type nameEntry struct {
	names []string
	m     mapping
}

func names(m mapping, ns ...string) nameEntry { return nameEntry{names: ns, m: m} }

// nameEntries is krait's table of the names people write in the free-text
// License field. Keys are compared after nameKey, so "Apache 2.0",
// "Apache-2.0", "Apache License, Version 2.0" and "apache v2" are one key.
func nameEntries() []nameEntry {
	gpl := []string{"GPL-1.0-or-later", "GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0-only", "GPL-3.0-or-later"}
	lgpl := []string{"LGPL-2.0-or-later", "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0-only", "LGPL-3.0-or-later"}
	return []nameEntry{
		names(one("MIT"), "MIT", "MIT License", "The MIT License (MIT)", "MIT/Expat", "Expat", "Expat License", "MIT-style", "MIT style"),
		names(one("MIT-0"), "MIT No Attribution", "MIT-0"),
		names(one("Apache-2.0"), "Apache 2", "Apache 2.0", "Apache License 2.0", "Apache License, Version 2.0",
			"Apache Software License 2.0", "Apache Software License, Version 2.0", "ASL 2.0", "ASL 2", "AL2", "AL 2.0",
			"Apache2", "Apache License v2", "Apache License v2.0", "Apache Software License v2"),
		names(one("Apache-1.1"), "Apache 1.1", "Apache License 1.1", "Apache Software License 1.1"),
		names(one("Apache-1.0"), "Apache 1.0", "Apache License 1.0"),
		names(anyOf("Apache-1.1", "Apache-2.0"), "Apache", "Apache License", "Apache Software License", "ASL", "Apache Software"),
		names(anyOf("0BSD", "BSD-2-Clause", "BSD-3-Clause", "BSD-4-Clause"), "BSD", "BSD License", "BSD-style", "BSD style", "BSD-like", "BSD licence"),
		names(one("0BSD"), "0BSD", "Zero-Clause BSD", "BSD Zero Clause", "BSD-0-Clause"),
		names(one("BSD-2-Clause"), "BSD-2", "BSD 2", "BSD2", "BSD 2-Clause", "BSD-2-Clause", "2-Clause BSD", "BSD 2 clause",
			"Simplified BSD", "FreeBSD", "BSD Simplified", "Two-clause BSD"),
		names(one("BSD-3-Clause"), "BSD-3", "BSD 3", "BSD3", "BSD 3-Clause", "3-Clause BSD", "BSD 3 clause",
			"New BSD", "Modified BSD", "Revised BSD", "BSD New", "BSD Modified", "Three-clause BSD", "New BSD License"),
		names(one("BSD-4-Clause"), "BSD-4", "BSD 4-Clause", "4-Clause BSD", "Original BSD", "BSD Original"),
		names(anyOf(gpl...), "GPL", "GNU GPL", "GNU General Public License", "GNU Public License"),
		names(one("GPL-2.0-only"), "GPLv2", "GPL 2", "GPL-2", "GPL v2", "GPL 2.0", "GNU GPL v2", "GNU GPLv2",
			"GNU General Public License v2", "GNU General Public License 2.0", "GPL2"),
		names(one("GPL-2.0-or-later"), "GPLv2+", "GPL 2+", "GPL-2+", "GPL v2+", "GPL 2.0+", "GNU GPLv2+",
			"GNU General Public License v2 or later", "GPL2+"),
		names(one("GPL-3.0-only"), "GPLv3", "GPL 3", "GPL-3", "GPL v3", "GPL 3.0", "GNU GPL v3", "GNU GPLv3",
			"GNU General Public License v3", "GNU General Public License 3.0", "GPL3"),
		names(one("GPL-3.0-or-later"), "GPLv3+", "GPL 3+", "GPL-3+", "GPL v3+", "GPL 3.0+", "GNU GPLv3+",
			"GNU General Public License v3 or later", "GPL3+"),
		names(anyOf(lgpl...), "LGPL", "GNU LGPL", "GNU Lesser General Public License", "GNU Library General Public License",
			"Lesser GPL", "GNU Library or Lesser General Public License"),
		names(anyOf("LGPL-2.0-only", "LGPL-2.1-only"), "LGPLv2", "LGPL 2", "LGPL-2", "LGPL v2", "LGPL2"),
		names(one("LGPL-2.0-or-later"), "LGPLv2+", "LGPL 2+", "LGPL-2+", "LGPL2+"),
		names(one("LGPL-2.1-only"), "LGPLv2.1", "LGPL 2.1", "LGPL-2.1", "LGPL v2.1", "GNU LGPL v2.1", "LGPL2.1"),
		names(one("LGPL-2.1-or-later"), "LGPLv2.1+", "LGPL 2.1+", "LGPL-2.1+", "LGPL v2.1+", "LGPL2.1+"),
		names(one("LGPL-3.0-only"), "LGPLv3", "LGPL 3", "LGPL-3", "LGPL v3", "LGPL 3.0", "GNU LGPL v3", "LGPL3"),
		names(one("LGPL-3.0-or-later"), "LGPLv3+", "LGPL 3+", "LGPL-3+", "LGPL v3+", "LGPL 3.0+", "LGPL3+"),
		names(anyOf("AGPL-3.0-only", "AGPL-3.0-or-later"), "AGPL", "GNU AGPL", "GNU Affero General Public License", "Affero GPL"),
		names(one("AGPL-3.0-only"), "AGPLv3", "AGPL 3", "AGPL-3", "AGPL v3", "AGPL 3.0", "GNU AGPL v3", "GNU AGPLv3",
			"GNU Affero General Public License v3", "AGPL3"),
		names(one("AGPL-3.0-or-later"), "AGPLv3+", "AGPL 3+", "AGPL-3+", "AGPL v3+", "GNU AGPLv3+", "AGPL3+"),
		names(anyOf("MPL-1.0", "MPL-1.1", "MPL-2.0"), "MPL", "Mozilla Public License"),
		names(one("MPL-2.0"), "MPL 2", "MPL 2.0", "MPL-2", "MPL v2", "MPL2", "Mozilla Public License 2.0", "Mozilla 2.0"),
		names(one("MPL-1.1"), "MPL 1.1", "MPL v1.1", "Mozilla Public License 1.1"),
		names(one("PSF-2.0"), "PSF", "PSFL", "PSF License", "PSF-2", "PSF 2.0", "Python Software Foundation License",
			"Python Software Foundation", "PSF License Agreement"),
		names(anyOf("PSF-2.0", "Python-2.0"), "Python", "Python License", "Python Style", "Python-style"),
		names(one(RefPublicDomain), "Public Domain", "Public-Domain", "PD", "Public Domain Dedication", "Released into the public domain"),
		names(one("CC0-1.0"), "CC0", "CC0 1.0", "CC0 1.0 Universal", "Creative Commons Zero"),
		names(one("Unlicense"), "Unlicense", "The Unlicense"),
		names(one("ISC"), "ISC", "ISC License", "ISCL"),
		names(one("Zlib"), "zlib", "zlib/libpng", "zlib-libpng"),
		names(one("BSL-1.0"), "Boost", "Boost Software License", "Boost Software License 1.0", "Boost 1.0"),
		names(anyOf("EPL-1.0", "EPL-2.0"), "EPL", "Eclipse Public License"),
		names(one("EPL-1.0"), "EPL 1.0", "Eclipse Public License 1.0"),
		names(one("EPL-2.0"), "EPL 2.0", "Eclipse Public License 2.0"),
		names(anyOf("EUPL-1.0", "EUPL-1.1", "EUPL-1.2"), "EUPL", "European Union Public Licence"),
		names(one("EUPL-1.2"), "EUPL 1.2", "EUPL v1.2"),
		names(anyOf("CDDL-1.0", "CDDL-1.1"), "CDDL"),
		names(anyOf("Artistic-1.0", "Artistic-2.0"), "Artistic", "Artistic License"),
		names(one("Artistic-2.0"), "Artistic 2.0", "Artistic License 2.0"),
		names(one("WTFPL"), "WTFPL", "Do What The F*ck You Want To Public License"),
		names(one("HPND"), "HPND", "Historical Permission Notice and Disclaimer"),
		names(one("SSPL-1.0"), "SSPL", "Server Side Public License"),
		names(one("BUSL-1.1"), "BUSL", "Business Source License", "BSL 1.1"),
		names(one("Elastic-2.0"), "Elastic License 2.0", "ELv2"),
		names(one("UPL-1.0"), "UPL", "Universal Permissive License"),
		names(one("PostgreSQL"), "PostgreSQL", "PostgreSQL License"),
		names(one(RefProprietary), "Proprietary", "Proprietary License", "Commercial", "Commercial License",
			"All rights reserved", "Closed source", "Other/Proprietary", "Other/Proprietary License"),
		names(one(RefNonCommercial), "Non-commercial", "Free for non-commercial use", "Noncommercial"),
		names(one(RefFreeware), "Freeware"),
	}
}

// placeholderKeys are License values that say nothing (after nameKey).
func isPlaceholder(key string) bool {
	switch key {
	case "", "unknown", "none", "null", "na", "undefined", "other", "tbd", "todo", "nil", "dual", "custom", "-":
		return true
	}
	return false
}

// nameKey normalises a free-text license name: lower case, "licence" read
// as "license", "or (any) later (version)" read as "+", "v2" as "2", the
// words "the", "license", "licensed", "version" dropped, and every
// character other than letters, digits, "." and "+" removed.
func (t *Tables) nameKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.ReplaceAll(s, "licence", "license")
	s = t.reOrLater.ReplaceAllString(s, "+")
	s = strings.NewReplacer("-", " ", "_", " ", ",", " ", "(", " ", ")", " ", "/", " ", ":", " ", ";", " ").Replace(s)
	s = t.reVDigit.ReplaceAllString(s, "$1$2")
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		switch w {
		case "the", "license", "licensed", "version", "ver", "under", "a", "an":
			continue
		}
		for _, r := range w {
			if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' || r == '+' {
				b.WriteRune(r)
			}
		}
	}
	return strings.TrimSuffix(b.String(), ".")
}
