// Package fix is the engine of `krait fix`: it upgrades vulnerable pins in
// place, the way a dependency bot does.
//
// The pipeline is
//
//	MakePlan  → a Plan: per vulnerable declaration the version to move to
//	            (Choose) or the reason none qualifies; JSON-serialisable
//	Rewrite   → the new content of each manifest (RewriteRequirements,
//	            RewritePyproject), nothing written yet
//	Diff      → the --dry-run output, a unified diff with a/ b/ paths
//	Write     → atomic in-place writes (temp file, fsync, rename, mode kept)
//	Relocks / Relock → the lock tool commands for lock files, run when the
//	            tool is on PATH
//	CommitBranch → the changed files committed on a new git branch
//
// The package needs two things from elsewhere, taken as function types so
// that it depends on neither the OSV matcher nor the PyPI client: a
// Matcher (advisory IDs affecting a version) and a ReleaseLister (the
// releases of a project with yanked flag, requires_python and hashes).
//
// Decisions:
//
//   - Version choice: the smallest release newer than the pin that no
//     advisory affects, not yanked, inside every constraint (the other
//     declarations of the same project, the rest of the declaration's own
//     specifiers, constraints others put on it), whose requires_python
//     admits the target Python, and final unless the pin is a pre-release.
//     krait never downgrades. An unparseable requires_python does not block
//     (pip ignores it too). The target Python is compared as written:
//     "3.8" does not satisfy ">=3.8.1".
//   - All declarations of one project move to the same version, so a pin
//     in requirements.txt and the same pin in a constraints file stay in
//     step; a declaration that is not vulnerable (a range, another pin)
//     becomes a constraint.
//   - ">=V" floors are raised only with Options.RaiseFloors; upper bounds
//     are never lifted, they are reported as what blocks the fix (also
//     Poetry's "^" and "~" upper bounds: "^1.2" is rewritten to "^X" only
//     when its floor is the clause being raised).
//   - Rewriters locate each edit by the declaration's line and name and
//     refuse, with an error naming the file and line, when the text there
//     is not the expected clause; they change only the version text (and
//     the --hash options of an edited requirements line, replaced with
//     the new release's hashes in the old layout). TOML is never
//     re-serialised: edits are byte ranges inside the declaring string; a
//     string with escapes is refused.
//   - Lock files (uv.lock, poetry.lock, pdm.lock, Pipfile.lock) are fixed by
//     their tool's relock command; pylock.toml has no relock command of its
//     own and gets a note instead. Pipfile, setup.cfg and setup.py are not
//     rewritten: their fixes carry a reason saying what to change by hand.
package fix
