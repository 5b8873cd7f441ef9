package malcode

import "strings"

// Library knowledge as data: qualified names of the calls the rules look
// for. Method names after "()" match calls on the result of a call
// ("requests.Session().post").

// execSinks run their first argument as Python code.
var execSinks = set("builtins.exec", "builtins.eval", "builtins.compile", "builtins.execfile",
	"types.FunctionType", "six.exec_", "runpy.run_path", "runpy.run_module", "code.InteractiveInterpreter().runsource",
	"code.InteractiveInterpreter().runcode", "code.interact")

// procSinks start a process.
var procSinks = set("os.system", "os.popen", "os.popen2", "os.popen3", "os.popen4",
	"subprocess.run", "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.Popen",
	"subprocess.getoutput", "subprocess.getstatusoutput",
	"os.execl", "os.execle", "os.execlp", "os.execlpe", "os.execv", "os.execve", "os.execvp", "os.execvpe",
	"os.spawnl", "os.spawnle", "os.spawnlp", "os.spawnlpe", "os.spawnv", "os.spawnve", "os.spawnvp", "os.spawnvpe",
	"os.posix_spawn", "os.posix_spawnp", "pty.spawn", "os.startfile", "commands.getoutput", "commands.getstatusoutput",
	"asyncio.create_subprocess_shell", "asyncio.create_subprocess_exec", "platform.popen",
	"multiprocessing.Process", "win32api.ShellExecute", "win32process.CreateProcess", "ctypes.windll.shell32.ShellExecuteW")

// netCalls talk to the network; their results are network data.
var netCalls = set(
	"urllib.request.urlopen", "urllib.request.Request", "urllib.request.urlretrieve", "urllib.request.build_opener().open",
	"urllib.urlopen", "urllib.urlretrieve", "urllib2.urlopen", "urllib2.Request",
	"requests.get", "requests.post", "requests.put", "requests.patch", "requests.delete", "requests.head",
	"requests.request", "requests.options", "requests.api.get", "requests.api.post", "requests.api.request",
	"requests.Session().get", "requests.Session().post", "requests.Session().put", "requests.Session().request",
	"requests.session().get", "requests.session().post",
	"httpx.get", "httpx.post", "httpx.put", "httpx.request", "httpx.stream", "httpx.Client().get", "httpx.Client().post",
	"httpx.AsyncClient().get", "httpx.AsyncClient().post",
	"urllib3.PoolManager().request", "urllib3.request",
	"http.client.HTTPConnection().request", "http.client.HTTPSConnection().request",
	"http.client.HTTPConnection().getresponse", "http.client.HTTPSConnection().getresponse",
	"http.client.HTTPConnection", "http.client.HTTPSConnection",
	"socket.socket().send", "socket.socket().sendall", "socket.socket().sendto", "socket.socket().connect",
	"socket.socket().recv", "socket.socket().recvfrom", "socket.create_connection", "socket.create_connection().send",
	"socket.create_connection().sendall", "socket.create_connection().recv",
	"socket.gethostbyname", "socket.gethostbyname_ex", "socket.getaddrinfo",
	"dns.resolver.resolve", "dns.resolver.query", "dns.resolver.Resolver().resolve", "dns.resolver.Resolver().query",
	"smtplib.SMTP().sendmail", "smtplib.SMTP().send_message", "smtplib.SMTP_SSL().sendmail", "smtplib.SMTP_SSL().send_message",
	"ftplib.FTP().storbinary", "ftplib.FTP().retrbinary",
	"aiohttp.ClientSession().get", "aiohttp.ClientSession().post", "aiohttp.request",
	"discord_webhook.DiscordWebhook", "discord_webhook.DiscordWebhook().execute", "dhooks.Webhook().send", "dhooks.Webhook",
	"telebot.TeleBot().send_message", "telebot.TeleBot().send_document", "telegram.Bot().send_message", "telegram.Bot().send_document",
	"pycurl.Curl().perform", "websocket.create_connection", "websocket.create_connection().send",
	"paramiko.SSHClient().connect", "xmlrpc.client.ServerProxy",
)

// socketConnect opens an outgoing connection (reverse shells).
var socketConnect = set("socket.socket().connect", "socket.create_connection", "socket.socket().connect_ex")

// decoders turn encoded data into bytes or text.
var decoders = set(
	"base64.b64decode", "base64.b32decode", "base64.b16decode", "base64.b85decode", "base64.a85decode",
	"base64.decodebytes", "base64.decodestring", "base64.urlsafe_b64decode", "base64.standard_b64decode", "base64.b32hexdecode",
	"binascii.a2b_base64", "binascii.a2b_hex", "binascii.unhexlify", "binascii.a2b_uu", "binascii.a2b_qp",
	"codecs.decode", "codecs.encode", "codecs.getdecoder", "zlib.decompress", "gzip.decompress", "bz2.decompress", "lzma.decompress",
	"zlib.decompressobj().decompress", "marshal.loads", "pickle.loads", "dill.loads", "cloudpickle.loads",
	"builtins.bytes.fromhex", "builtins.bytearray.fromhex", "builtins.chr",
	"uu.decode", "quopri.decodestring", "cryptography.fernet.Fernet().decrypt", "Crypto.Cipher.AES.new().decrypt",
)

// decoderCodecs are the codecs that make x.decode(codec) a decoder.
var decoderCodecs = set("rot13", "rot_13", "hex", "hex_codec", "base64", "base64_codec", "zlib", "zlib_codec",
	"bz2", "bz2_codec", "uu", "uu_codec", "unicode_escape", "raw_unicode_escape")

// hostInfo are calls and attributes that describe the machine.
var hostInfo = set("socket.gethostname", "socket.getfqdn", "platform.node", "platform.uname", "platform.platform",
	"os.uname", "getpass.getuser", "os.getlogin", "os.getcwd", "os.getcwdb", "pathlib.Path.home", "pathlib.Path.cwd",
	"os.path.expanduser", "os.getuid", "os.getpid", "socket.gethostbyname", "uuid.getnode", "platform.system", "platform.version",
	"sys.platform", "os.name", "socket.gethostbyname_ex", "psutil.users", "os.environ.get.USER")

// clipboard reads.
var clipboardReads = set("pyperclip.paste", "clipboard.paste", "win32clipboard.GetClipboardData",
	"tkinter.Tk().clipboard_get", "pandas.read_clipboard", "PIL.ImageGrab.grabclipboard", "PIL.ImageGrab.grab", "pyautogui.screenshot")

// imageOpen opens an image.
var imageOpen = set("PIL.Image.open", "Image.open", "cv2.imread", "imageio.imread", "imageio.v3.imread", "matplotlib.pyplot.imread",
	"stegano.lsb.reveal", "stegano.exifHeader.reveal", "steganography.steganography.Steganography.decode")

// fileAccess name files: their string arguments are checked for
// credential stores.
var fileAccess = set("builtins.open", "io.open", "codecs.open",
	"glob.glob", "glob.iglob", "os.walk", "os.listdir", "os.scandir", "shutil.copy", "shutil.copy2", "shutil.copyfile",
	"shutil.copytree", "shutil.make_archive", "shutil.move", "zipfile.ZipFile().write", "sqlite3.connect", "os.path.exists",
	"os.path.isfile", "os.path.isdir", "tarfile.open().add", "os.stat",
	"configparser.ConfigParser().read", "configparser.RawConfigParser().read", "configparser.ConfigParser().read_file",
	"configparser.RawConfigParser().read_file")

// copyCalls are calls whose result ends up in an object named by an
// argument or the receiver: shutil.copy(src, dst) puts src's data into
// dst, cp.read(path) loads path into cp.
var copyCalls = set("shutil.copy", "shutil.copy2", "shutil.copyfile", "shutil.move", "os.rename", "os.replace")

// fileWriteModes are open() modes that write.
func writeMode(m string) bool { return strings.ContainsAny(m, "wax+") }

// secretEnvNames are environment variables of CI systems, registries and
// clouds (ci-secret-access).
var ciSecretEnv = set("GITHUB_TOKEN", "GH_TOKEN", "ACTIONS_RUNTIME_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
	"ACTIONS_ID_TOKEN_REQUEST_URL", "CI_JOB_TOKEN", "CI_JOB_JWT", "GITLAB_TOKEN", "NPM_TOKEN", "PYPI_TOKEN", "PYPI_API_TOKEN",
	"TWINE_PASSWORD", "TWINE_USERNAME", "CIRCLE_TOKEN", "TRAVIS_TOKEN", "BUILDKITE_AGENT_ACCESS_TOKEN",
	"AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_ACCESS_KEY_ID", "GOOGLE_APPLICATION_CREDENTIALS", "AZURE_CLIENT_SECRET",
	"DOCKER_PASSWORD", "DOCKERHUB_TOKEN", "SLACK_TOKEN", "HEROKU_API_KEY", "BITBUCKET_TOKEN", "CODECOV_TOKEN",
	"SYSTEM_ACCESSTOKEN", "VAULT_TOKEN", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "HF_TOKEN", "HUGGING_FACE_HUB_TOKEN")

// hostEnv are environment variables that describe the user and machine.
var hostEnv = set("USER", "USERNAME", "LOGNAME", "HOME", "HOSTNAME", "COMPUTERNAME", "USERDOMAIN", "USERPROFILE", "PWD", "PATH")

// metadataHosts are cloud instance-metadata services.
var metadataHosts = []string{"169.254.169.254", "fd00:ec2::254", "169.254.170.2", "metadata.google.internal", "100.100.100.200", "metadata.azure.com"}

// credentialPaths are fragments of the paths of credential stores,
// lower case with forward slashes.
var credentialPaths = []string{
	".ssh/", "/.ssh", "id_rsa", "id_ed25519", "id_ecdsa", "id_dsa", "authorized_keys", "known_hosts",
	".aws/credentials", ".aws/config", "/.aws", ".config/gcloud", ".azure/", ".kube/config", ".docker/config.json",
	".git-credentials", ".netrc", ".pypirc", ".npmrc", ".gnupg", ".password-store",
	"login data", "local state", "/cookies", "web data", "logins.json", "key4.db", "key3.db", "cookies.sqlite", "signons.sqlite",
	"google/chrome/user data", "google-chrome", "bravesoftware", "microsoft/edge/user data", "mozilla/firefox", "opera software",
	"discord/local storage", "discordcanary", "discordptb", "local storage/leveldb", "/leveldb",
	"telegram desktop/tdata", "/tdata", "exodus/exodus.wallet", "electrum/wallets", "atomic/local storage", "wallet.dat",
	"nkbihfbeogaeaoehlefnkodbefgpgknn", // MetaMask's extension id
	"keychain-db", "login.keychain", "/etc/shadow", ".bash_history", ".zsh_history", "filezilla/recentservers.xml",
}

// persistencePaths are fragments of paths and commands that make a program
// run again later, lower case with forward slashes.
var persistencePaths = []string{
	"crontab", "/etc/cron", "/var/spool/cron", "/etc/systemd/system", ".config/systemd/user", "systemctl enable",
	"systemctl --user enable", "/.bashrc", ".bashrc", ".zshrc", ".bash_profile", "/.profile", "~/.profile", "/etc/profile",
	"/etc/rc.local", "/etc/init.d/", "currentversion/run", "start menu/programs/startup", "/startup/", "schtasks",
	"library/launchagents", "library/launchdaemons", ".config/autostart", "/etc/ld.so.preload", "userinit",
}

// shadowedCommands are commands a console script must not be named after.
var shadowedCommands = set("pip", "pip3", "python", "python3", "py", "git", "ssh", "scp", "sudo", "su", "curl", "wget",
	"ls", "cd", "cp", "mv", "rm", "bash", "sh", "zsh", "node", "npm", "npx", "docker", "kubectl", "aws", "gcloud", "az",
	"gpg", "openssl", "apt", "apt-get", "yum", "brew", "make", "gcc", "cc", "java", "go", "cargo", "poetry", "pipenv",
	"virtualenv", "twine", "pytest", "conda", "uv", "pipx", "powershell", "cmd", "explorer", "chrome", "firefox")

func set(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// containsAny returns the first of subs found in s.
func containsAny(s string, subs []string) (string, bool) {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return sub, true
		}
	}
	return "", false
}
