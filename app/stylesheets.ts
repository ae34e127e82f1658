// Every stylesheet, in cascade order, for the root layouts to import once.
import "./globals.css";
import "./styles/site.css";
import "./styles/review.css";
import "./styles/discovery.css";
import "./styles/admin.css";
import "./styles/admin-editors.css";
