package license

type replacement struct {
	id        string
	exception string
}

// deprecatedReplacement returns the current SPDX form of a deprecated id
// as canonicalised by go-spdx (which knows the deprecated ids but keeps
// them as they are). The table is written from the SPDX license list's
// notes on each deprecated id. Deprecated ids without a replacement on the
// list (Net-SNMP) are kept as they are.
func deprecatedReplacement(id string) (replacement, bool) {
	switch id {
	case "AGPL-1.0":
		return replacement{id: "AGPL-1.0-only"}, true
	case "AGPL-3.0":
		return replacement{id: "AGPL-3.0-only"}, true
	case "BSD-2-Clause-FreeBSD":
		return replacement{id: "BSD-2-Clause-Views"}, true
	case "BSD-2-Clause-NetBSD":
		return replacement{id: "BSD-2-Clause"}, true
	case "bzip2-1.0.5":
		return replacement{id: "bzip2-1.0.6"}, true
	case "eCos-2.0":
		return replacement{id: "GPL-2.0-or-later", exception: "eCos-exception-2.0"}, true
	case "GFDL-1.1":
		return replacement{id: "GFDL-1.1-only"}, true
	case "GFDL-1.2":
		return replacement{id: "GFDL-1.2-only"}, true
	case "GFDL-1.3":
		return replacement{id: "GFDL-1.3-only"}, true
	case "GPL-1.0":
		return replacement{id: "GPL-1.0-only"}, true
	case "GPL-1.0+":
		return replacement{id: "GPL-1.0-or-later"}, true
	case "GPL-2.0":
		return replacement{id: "GPL-2.0-only"}, true
	case "GPL-2.0+":
		return replacement{id: "GPL-2.0-or-later"}, true
	case "GPL-2.0-with-autoconf-exception":
		return replacement{id: "GPL-2.0-only", exception: "Autoconf-exception-2.0"}, true
	case "GPL-2.0-with-bison-exception":
		return replacement{id: "GPL-2.0-or-later", exception: "Bison-exception-2.2"}, true
	case "GPL-2.0-with-classpath-exception":
		return replacement{id: "GPL-2.0-only", exception: "Classpath-exception-2.0"}, true
	case "GPL-2.0-with-font-exception":
		return replacement{id: "GPL-2.0-only", exception: "Font-exception-2.0"}, true
	case "GPL-2.0-with-GCC-exception":
		return replacement{id: "GPL-2.0-only", exception: "GCC-exception-2.0"}, true
	case "GPL-3.0":
		return replacement{id: "GPL-3.0-only"}, true
	case "GPL-3.0+":
		return replacement{id: "GPL-3.0-or-later"}, true
	case "GPL-3.0-with-autoconf-exception":
		return replacement{id: "GPL-3.0-only", exception: "Autoconf-exception-3.0"}, true
	case "GPL-3.0-with-GCC-exception":
		return replacement{id: "GPL-3.0-only", exception: "GCC-exception-3.1"}, true
	case "LGPL-2.0":
		return replacement{id: "LGPL-2.0-only"}, true
	case "LGPL-2.0+":
		return replacement{id: "LGPL-2.0-or-later"}, true
	case "LGPL-2.1":
		return replacement{id: "LGPL-2.1-only"}, true
	case "LGPL-2.1+":
		return replacement{id: "LGPL-2.1-or-later"}, true
	case "LGPL-3.0":
		return replacement{id: "LGPL-3.0-only"}, true
	case "LGPL-3.0+":
		return replacement{id: "LGPL-3.0-or-later"}, true
	case "Nunit":
		return replacement{id: "zlib-acknowledgement"}, true
	case "StandardML-NJ":
		return replacement{id: "SMLNJ"}, true
	case "wxWindows":
		return replacement{id: "LGPL-2.0-or-later", exception: "WxWindows-exception-3.1"}, true
	}
	return replacement{}, false
}
