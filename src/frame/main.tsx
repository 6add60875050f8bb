// The module script of the dashboard page: styles, then boot.
import './styles.css'

import { bootFrame } from './bootFrame.js'

bootFrame(window)
