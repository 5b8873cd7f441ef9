package audit

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
)

// The rules of the dependency audit. Their IDs are stable: suppressions
// and baselines refer to them.
var (
	// RuleVulnerable: a pinned or locked version has a known
	// vulnerability.
	RuleVulnerable = &analysis.Rule{
		ID: "KRT4001", Name: "vulnerable-dependency", CWE: []int{1395},
		Severity: finding.High, Confidence: finding.HighConfidence,
		Summary: "a dependency version with a known vulnerability",
		Doc: analysis.RuleDoc("A pinned or locked dependency version is affected by a published advisory (OSV: PyPA advisory database, GitHub advisories, ...).",
			"Known vulnerabilities in dependencies are the most common way services are breached: exploits for them are public.",
			"# requirements.txt\nrequests==2.19.0",
			"# requirements.txt\nrequests==2.32.3   # or run: krait fix",
			"- https://ossf.github.io/osv-schema/\n- https://osv.dev/"),
	}
	// RuleVulnerableRange: a dependency known only by a version range
	// allows affected versions.
	RuleVulnerableRange = &analysis.Rule{
		ID: "KRT4002", Name: "vulnerable-dependency-range", CWE: []int{1395},
		Severity: finding.Medium, Confidence: finding.MediumConfidence,
		Summary: "a dependency range that allows versions with known vulnerabilities",
		Doc: analysis.RuleDoc("A dependency declared by a range (flask>=2.0) without a lock file allows versions affected by a published advisory. When every allowed version is affected the finding says so; when only the lowest are, it names the version to raise the floor to.",
			"Without a lock, an install may pick any allowed version, including an affected one (pip's resolver keeps what is already installed).",
			"# pyproject.toml\ndependencies = [\"flask>=2.0\"]",
			"dependencies = [\"flask>=2.3.2\"]",
			"- https://peps.python.org/pep-0440/#version-specifiers"),
	}
	// RuleMalicious: a package or version known to be malicious.
	RuleMalicious = &analysis.Rule{
		ID: "KRT4003", Name: "malicious-package", CWE: []int{506},
		Severity: finding.Critical, Confidence: finding.HighConfidence,
		Summary: "a dependency known to be malicious (OSV MAL- advisory)",
		Doc: analysis.RuleDoc("The package, or this version of it, is listed as malicious by an OSV MAL- advisory (the OpenSSF malicious-packages data set).",
			"Malicious packages run their payload at install or import time: stealing credentials, opening shells, mining.",
			"# requirements.txt\nreqeusts==1.0",
			"# requirements.txt\nrequests==2.32.3",
			"- https://github.com/ossf/malicious-packages"),
	}
	// RuleTyposquat: a dependency named like a popular package.
	RuleTyposquat = &analysis.Rule{
		ID: "KRT4004", Name: "typosquatted-package", CWE: []int{506},
		Severity: finding.Medium, Confidence: finding.MediumConfidence,
		Summary: "a dependency whose name imitates a popular package",
		Doc: analysis.RuleDoc("The dependency's name is one edit, a swapped or doubled letter, a homoglyph, a separator game or a prefix/suffix away from a popular PyPI package. The finding names the package imitated and the trick.",
			"Attackers publish packages named like popular ones and wait for a typo in a requirements file: their code runs at install time.",
			"# requirements.txt\nreqeusts==2.31.0",
			"# requirements.txt\nrequests==2.31.0",
			"- https://peps.python.org/pep-0503/#normalized-names"),
	}
	// RuleYanked: a pinned release was yanked from the index.
	RuleYanked = &analysis.Rule{
		ID: "KRT4005", Name: "yanked-release", CWE: []int{1104},
		Severity: finding.Medium, Confidence: finding.HighConfidence,
		Summary: "a pinned release that was yanked from the index",
		Doc: analysis.RuleDoc("The pinned version was yanked (PEP 592): its authors withdrew it, usually for a serious bug or a broken build.",
			"A yanked release stays installable when pinned exactly, so nothing warns the project that its authors told users to move off it.",
			"# requirements.txt\nexample==1.4.0  # yanked: \"corrupts data\"",
			"# requirements.txt\nexample==1.4.1",
			"- https://peps.python.org/pep-0592/"),
	}
	// RuleOutdated: a newer release exists (reported with --outdated).
	RuleOutdated = &analysis.Rule{
		ID: "KRT4006", Name: "outdated-dependency", CWE: []int{1104},
		Severity: finding.Low, Confidence: finding.HighConfidence,
		Summary: "a dependency behind its latest release (with --outdated)",
		Doc: analysis.RuleDoc("A newer release of the dependency exists: the finding names the latest version the project's constraints allow and the latest overall, and the age of the version in use.",
			"The further a dependency falls behind, the harder the upgrade when a security fix lands only in new releases.",
			"# requirements.txt\ndjango==3.2.0",
			"# requirements.txt\ndjango==5.1.4",
			"- https://pypi.org/"),
	}
	// RuleNotAuditable: a dependency that cannot be matched by name and
	// version (VCS, URL, local path, editable).
	RuleNotAuditable = &analysis.Rule{
		ID: "KRT4007", Name: "unauditable-dependency", CWE: []int{1395},
		Severity: finding.Low, Confidence: finding.HighConfidence,
		Summary: "a dependency that cannot be audited (VCS, URL, local path, editable)",
		Doc: analysis.RuleDoc("The dependency is installed from a version-control URL, an archive URL, a local path or in editable mode, so advisories, which name index releases, cannot be matched against it.",
			"Such a dependency escapes the vulnerability audit silently unless it is reported.",
			"# requirements.txt\ngit+https://github.com/example/lib@main#egg=lib",
			"# requirements.txt\nlib==2.1.0",
			"- https://pip.pypa.io/en/stable/topics/vcs-support/"),
	}
	// RuleIgnoreExpired: an ignore entry past its expiry date.
	RuleIgnoreExpired = &analysis.Rule{
		ID: "KRT4008", Name: "expired-advisory-ignore",
		Severity: finding.Medium, Confidence: finding.HighConfidence,
		Summary: "an advisory ignore in [tool.krait.deps] past its expiry date",
		Doc: analysis.RuleDoc("An entry of [tool.krait.deps] ignore has expired: the advisory it named is reported again, and the entry should be renewed with a reason or removed.",
			"Ignores with an expiry force the team to look again at a decision that was only meant to hold for a while.",
			"[tool.krait.deps]\nignore = [{ id = \"GHSA-xxxx\", reason = \"...\", expires = 2026-01-31 }]",
			"Upgrade the package, or renew the entry with a new date and reason.",
			"- docs/configuration.md"),
	}
	// RuleIgnoreUnused: an ignore entry that matches no advisory.
	RuleIgnoreUnused = &analysis.Rule{
		ID: "KRT4009", Name: "unused-advisory-ignore",
		Severity: finding.Low, Confidence: finding.HighConfidence,
		Summary: "an advisory ignore in [tool.krait.deps] that matches no finding",
		Doc: analysis.RuleDoc("An entry of [tool.krait.deps] ignore named an advisory that no dependency is affected by any more (it was upgraded away, or the id is mistyped).",
			"Stale ignores hide the next advisory with the same id after a downgrade, and make the list of accepted risks wrong.",
			"[tool.krait.deps]\nignore = [{ id = \"PYSEC-2020-1\", reason = \"...\" }]",
			"Remove the entry.",
			"- docs/configuration.md"),
	}
	// RuleManifestProblem: a dependency file that could not be read or a
	// line of it that could not be parsed.
	RuleManifestProblem = &analysis.Rule{
		ID: "KRT4010", Name: "dependency-file-problem",
		Severity: finding.Medium, Confidence: finding.HighConfidence,
		Summary: "a dependency file or line krait could not read",
		Doc: analysis.RuleDoc("A manifest or lock file, or one line of it, could not be read or parsed; the packages it declares are not audited.",
			"A dependency the audit cannot read is a dependency it cannot check.",
			"# requirements.txt\nrequests=2.0",
			"# requirements.txt\nrequests==2.32.3",
			"- https://pip.pypa.io/en/stable/reference/requirements-file-format/"),
	}
)

// Rules returns the rules of the dependency audit, by ID.
func Rules() []*analysis.Rule {
	return []*analysis.Rule{RuleVulnerable, RuleVulnerableRange, RuleMalicious, RuleTyposquat, RuleYanked, RuleOutdated,
		RuleNotAuditable, RuleIgnoreExpired, RuleIgnoreUnused, RuleManifestProblem}
}
