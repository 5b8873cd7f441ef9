package license

import (
	"fmt"
	"strings"
)

// Category is the kind of obligations a license puts on a project that
// ships the licensed package.
type Category string

// The categories, from the least to the most restrictive.
const (
	CategoryPublicDomain    Category = "public-domain"    // no conditions at all
	CategoryPermissive      Category = "permissive"       // notice/attribution only (MIT, BSD, Apache-2.0)
	CategoryWeakCopyleft    Category = "weak-copyleft"    // changes to the library itself stay open (LGPL, MPL, EPL)
	CategoryStrongCopyleft  Category = "strong-copyleft"  // the combined work must be open (GPL)
	CategoryNetworkCopyleft Category = "network-copyleft" // also when only offered over a network (AGPL, SSPL, OSL)
	CategoryProprietary     Category = "proprietary"      // non-commercial, source-available or proprietary terms
	CategoryUnknown         Category = "unknown"          // not known to krait, or no license found
)

// Categories lists every category from the least to the most restrictive.
func Categories() []Category {
	return []Category{CategoryPublicDomain, CategoryPermissive, CategoryWeakCopyleft,
		CategoryStrongCopyleft, CategoryNetworkCopyleft, CategoryProprietary, CategoryUnknown}
}

// ParseCategory accepts a category name as written in configuration
// ("weak-copyleft", "weak_copyleft" and "weak copyleft" alike).
func ParseCategory(s string) (Category, error) {
	k := strings.NewReplacer("_", "-", " ", "-").Replace(strings.ToLower(strings.TrimSpace(s)))
	switch k {
	case "non-commercial", "noncommercial", "commercial":
		return CategoryProprietary, nil
	}
	for _, c := range Categories() {
		if string(c) == k {
			return c, nil
		}
	}
	return "", fmt.Errorf("unknown license category %q (want one of public-domain, permissive, weak-copyleft, strong-copyleft, network-copyleft, proprietary, unknown)", s)
}

func (c Category) rank() int {
	for i, x := range Categories() {
		if x == c {
			return i
		}
	}
	return len(Categories()) // unknown values rank after unknown
}

// copyleft reports whether an exception may relax the category.
func (c Category) copyleft() bool {
	return c == CategoryWeakCopyleft || c == CategoryStrongCopyleft || c == CategoryNetworkCopyleft
}

// categoryTable maps SPDX ids (without -only, -or-later or +) and krait's
// own LicenseRef ids to categories. Written for krait from the license
// texts' terms; ids not listed are CategoryUnknown.
func categoryTable() map[string]Category {
	t := map[string]Category{}
	add := func(c Category, ids ...string) {
		for _, id := range ids {
			t[strings.ToUpper(id)] = c
		}
	}
	add(CategoryPublicDomain,
		"CC0-1.0", "Unlicense", "CC-PDDC", "PDDL-1.0", "SAX-PD", "blessing", "NIST-PD", "NIST-PD-fallback",
		RefPublicDomain, "LicenseRef-krait-us-government")
	add(CategoryPermissive,
		"MIT", "MIT-0", "MIT-CMU", "MIT-Modern-Variant", "MIT-feh", "MIT-advertising", "MIT-enna", "X11", "ISC",
		"0BSD", "BSD-1-Clause", "BSD-2-Clause", "BSD-2-Clause-Views", "BSD-2-Clause-Patent", "BSD-2-Clause-FreeBSD",
		"BSD-2-Clause-NetBSD", "BSD-3-Clause", "BSD-3-Clause-Clear", "BSD-3-Clause-LBNL", "BSD-3-Clause-Attribution",
		"BSD-3-Clause-Modification", "BSD-3-Clause-No-Nuclear-License", "BSD-3-Clause-No-Nuclear-Warranty",
		"BSD-3-Clause-Open-MPI", "BSD-4-Clause", "BSD-4-Clause-UC", "BSD-Source-Code",
		"Apache-1.0", "Apache-1.1", "Apache-2.0", "PSF-2.0", "Python-2.0", "Python-2.0.1", "CNRI-Python",
		"CNRI-Python-GPL-Compatible", "Zlib", "zlib-acknowledgement", "Libpng", "libpng-2.0", "BSL-1.0",
		"PostgreSQL", "NCSA", "UPL-1.0", "HPND", "HPND-sell-variant", "WTFPL", "AFL-1.1", "AFL-1.2", "AFL-2.0",
		"AFL-2.1", "AFL-3.0", "BlueOak-1.0.0", "ECL-1.0", "ECL-2.0", "EFL-1.0", "EFL-2.0", "FSFAP", "FSFUL",
		"FSFULLR", "ICU", "Unicode-DFS-2015", "Unicode-DFS-2016", "Unicode-3.0", "W3C", "W3C-19980720",
		"W3C-20150513", "Xnet", "OpenSSL", "OLDAP-2.8", "AAL", "Beerware", "CDLA-Permissive-1.0",
		"CDLA-Permissive-2.0", "MulanPSL-1.0", "MulanPSL-2.0", "PHP-3.0", "PHP-3.01", "ZPL-1.1", "ZPL-2.0",
		"ZPL-2.1", "Zend-2.0", "CC-BY-1.0", "CC-BY-2.0", "CC-BY-2.5", "CC-BY-3.0", "CC-BY-4.0", "MirOS", "Intel",
		"Naumen", "NTP", "curl", "SMLNJ", "bzip2-1.0.6", "Info-ZIP", "IJG", "TCL", "VSL-1.0", "MS-PL", "CECILL-B",
		"Unicode-TOU", "OGTSL", "Spencer-86", "Spencer-94", "Spencer-99", "Cube", "AML", "NAIST-2003", "JasPer-2.0",
		"libtiff", "X11-distribute-modifications-variant", "Xerox", "SGI-B-2.0", "FTL", "ImageMagick", "Linux-OpenIB",
		"Qhull", "eGenix", "SunPro", "OpenVision", "hdparm", "DRL-1.0", "AMPAS", "Clips",
		"LicenseRef-krait-repoze")
	add(CategoryWeakCopyleft,
		"LGPL-2.0", "LGPL-2.1", "LGPL-3.0", "LGPLLR", "MPL-1.0", "MPL-1.1", "MPL-2.0", "MPL-2.0-no-copyleft-exception",
		"EPL-1.0", "EPL-2.0", "CPL-1.0", "IPL-1.0", "CDDL-1.0", "CDDL-1.1", "APSL-1.0", "APSL-1.1", "APSL-1.2",
		"APSL-2.0", "MS-RL", "CECILL-C", "OFL-1.0", "OFL-1.1", "LPPL-1.3c", "Artistic-1.0", "Artistic-1.0-Perl",
		"Artistic-1.0-cl8", "Artistic-2.0", "Nokia", "Motosoto", "RSCPL", "SISSL", "SISSL-1.2", "SPL-1.0",
		"NPL-1.0", "NPL-1.1", "ErlPL-1.1", "Ruby", "FreeImage", "LPL-1.0", "LPL-1.02", "BitTorrent-1.1", "LicenseRef-krait-jabber-osl")
	add(CategoryStrongCopyleft,
		"GPL-1.0", "GPL-2.0", "GPL-3.0", "EUPL-1.0", "EUPL-1.1", "EUPL-1.2", "CECILL-1.0", "CECILL-1.1",
		"CECILL-2.0", "CECILL-2.1", "Sleepycat", "QPL-1.0", "NGPL", "GFDL-1.1", "GFDL-1.2", "GFDL-1.3",
		"CC-BY-SA-1.0", "CC-BY-SA-2.0", "CC-BY-SA-2.5", "CC-BY-SA-3.0", "CC-BY-SA-4.0", "ODbL-1.0", "IPA",
		"CERN-OHL-S-2.0")
	add(CategoryNetworkCopyleft,
		"AGPL-1.0", "AGPL-3.0", "SSPL-1.0", "OSL-1.0", "OSL-1.1", "OSL-2.0", "OSL-2.1", "OSL-3.0", "RPL-1.1",
		"RPL-1.5", "CPAL-1.0", "CAL-1.0")
	add(CategoryProprietary,
		"Aladdin", "BUSL-1.1", "Elastic-2.0", "PolyForm-Noncommercial-1.0.0", "PolyForm-Small-Business-1.0.0",
		"CC-BY-NC-1.0", "CC-BY-NC-2.0", "CC-BY-NC-2.5", "CC-BY-NC-3.0", "CC-BY-NC-4.0", "CC-BY-NC-ND-1.0",
		"CC-BY-NC-ND-2.0", "CC-BY-NC-ND-2.5", "CC-BY-NC-ND-3.0", "CC-BY-NC-ND-4.0", "CC-BY-NC-SA-1.0",
		"CC-BY-NC-SA-2.0", "CC-BY-NC-SA-2.5", "CC-BY-NC-SA-3.0", "CC-BY-NC-SA-4.0", "CC-BY-ND-1.0", "CC-BY-ND-2.0",
		"CC-BY-ND-2.5", "CC-BY-ND-3.0", "CC-BY-ND-4.0", "LicenseRef-krait-commons-clause",
		RefProprietary, RefNonCommercial, RefRestricted, RefFreeware)
	return t
}

// exceptionTable maps SPDX license exceptions that allow linking or
// combining without the copyleft applying to the category they relax a
// copyleft license to. Exceptions not listed (Autoconf, Bison,
// Bootloader, LLVM, …) leave the category as it is.
func exceptionTable() map[string]Category {
	t := map[string]Category{}
	for _, id := range []string{
		"Classpath-exception-2.0", "GCC-exception-2.0", "GCC-exception-2.0-note", "GCC-exception-3.1",
		"Font-exception-2.0", "WxWindows-exception-3.1", "OCaml-LGPL-linking-exception", "Qt-LGPL-exception-1.1",
		"Digia-Qt-LGPL-exception-1.1", "GPL-3.0-linking-exception", "GPL-3.0-linking-source-exception",
		"LGPL-3.0-linking-exception", "eCos-exception-2.0", "GNAT-exception", "CLISP-exception-2.0",
		"mif-exception", "freertos-exception-2.0", "Libtool-exception", "GNU-compiler-exception",
		"Independent-modules-exception",
	} {
		t[strings.ToUpper(id)] = CategoryWeakCopyleft
	}
	return t
}

// categoryKey strips the version-range suffixes from an id for the
// category table: GPL-2.0-only, GPL-2.0-or-later and GPL-2.0+ all look up
// GPL-2.0.
func categoryKey(id string) string {
	k := strings.ToUpper(strings.TrimSuffix(id, "+"))
	for _, suf := range []string{"-ONLY", "-OR-LATER"} {
		k = strings.TrimSuffix(k, suf)
	}
	return k
}
